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
     * {@code jumelage.audit.*} (ADR 0036).
     *
     * @param keep how long audit entries are kept (at least {@code P91D}: the database refuses to delete entries younger
     *     than 90 days)
     * @param retentionCron when older entries are deleted, nightly (a cron expression, in {@code jumelage.time-zone};
     *     {@code -}: never)
     */
    @ConfigurationProperties("jumelage.audit")
    record Settings(
            @DefaultValue("P730D") Duration keep,
            @DefaultValue("0 40 3 * * *") String retentionCron) {

        /** A day more than the trigger's 90 days, which it measures by the database's clock, not the application's. */
        static final Duration SHORTEST = Duration.ofDays(91);

        Settings {
            if (keep.compareTo(SHORTEST) < 0) {
                throw new IllegalArgumentException("jumelage.audit.keep must be at least P91D (the database refuses to"
                        + " delete entries younger than 90 days); found " + keep);
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
