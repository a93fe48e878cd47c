package org.jumelage.people;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Marks a bean that loads Berlin's demo data: it exists only where demo data is on. Demo data is on where
 * {@code jumelage.demo-data.enabled=true} is set; where the property is not set, only on the embedded H2 database
 * when started by {@code mvn spring-boot:run} (which sets {@code jumelage.demo-data.default}). Never on another
 * database unless asked for, so a real installation gains no demo logins (ADR 0017).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(DemoData.On.class)
public @interface DemoData {

    String ENABLED = "jumelage.demo-data.enabled";
    String DEFAULT = "jumelage.demo-data.default";

    /** Whether demo data is on in this environment (see the annotation's description). */
    final class On implements Condition {

        public static boolean in(Environment environment) {
            Boolean explicit = environment.getProperty(ENABLED, Boolean.class);
            if (explicit != null) {
                return explicit;
            }
            return environment.getProperty(DEFAULT, Boolean.class, false) && embedded(environment);
        }

        /** Whether the demo data was asked for by name, not only by default. */
        public static boolean explicitly(Environment environment) {
            return environment.getProperty(ENABLED, Boolean.class, false);
        }

        static boolean embedded(Environment environment) {
            return embedded(environment.getProperty("spring.datasource.url", ""));
        }

        /** H2 in this process (a file or memory); H2 as a server counts as another database. */
        public static boolean embedded(String jdbcUrl) {
            return jdbcUrl != null
                    && jdbcUrl.startsWith("jdbc:h2:")
                    && !jdbcUrl.startsWith("jdbc:h2:tcp:")
                    && !jdbcUrl.startsWith("jdbc:h2:ssl:");
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return in(context.getEnvironment());
        }
    }
}
