package org.jumelage.audit.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands Hibernate the listener that records entity changes (ADR 0036), and reads {@code jumelage.audit.*}. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /**
     * {@code jumelage.audit.keep}: how long entries are kept (at least 90 days, the age below which PostgreSQL's
     * trigger refuses to delete one); {@code retention-cron}: when older ones are deleted.
     */
    @ConfigurationProperties("jumelage.audit")
    record Settings(
            @DefaultValue("P730D") Duration keep,
            @DefaultValue("0 40 3 * * *") String retentionCron) {

        static final Duration SHORTEST = Duration.ofDays(90);

        Settings {
            if (keep.compareTo(SHORTEST) < 0) {
                throw new IllegalArgumentException("jumelage.audit.keep must be at least P90D (90 days: the database"
                        + " refuses to delete younger entries); found " + keep);
            }
        }
    }

    @Bean
    HibernatePropertiesCustomizer auditedEntityChanges(Clock clock) {
        EntityChanges changes = new EntityChanges(clock);
        Integrator integrator = new Integrator() {
            @Override
            public void integrate(
                    Metadata metadata, BootstrapContext bootstrap, SessionFactoryImplementor sessionFactory) {
                EventListenerRegistry listeners =
                        sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
                listeners.appendListeners(EventType.POST_INSERT, changes);
                listeners.appendListeners(EventType.POST_UPDATE, changes);
                listeners.appendListeners(EventType.POST_DELETE, changes);
                listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, changes);
                listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, changes);
            }
        };
        return properties ->
                properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(integrator));
    }
}
