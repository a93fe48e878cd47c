package org.jumelage.platform;

import java.util.UUID;
import org.jumelage.JumelageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Several instances of Jumelage in one JVM, on one database (TwoNodesTests, TwoNodesMailTests). */
final class Instances {

    private Instances() {}

    /** A new in-memory H2 database in PostgreSQL mode, kept while the JVM runs. */
    static String newDatabase(String name) {
        return "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** An instance on this database, with the test profile, a port of its own and these further settings. */
    static ConfigurableApplicationContext start(String database, String... settings) {
        String[] arguments = new String[settings.length + 2];
        arguments[0] = "--spring.datasource.url=" + database;
        arguments[1] = "--server.port=0";
        System.arraycopy(settings, 0, arguments, 2, settings.length);
        return new SpringApplicationBuilder(JumelageApplication.class)
                .profiles("test")
                .run(arguments);
    }
}
