package org.jumelage.feedback.domain;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The public feedback form's settings, under {@code jumelage.feedback.*} (ADR 0017, ADR 0037).
 *
 * @param retention how long a message is kept once the office dealt with it (the public privacy page says so too)
 * @param maxPerHour how many messages one client address may send per hour before it is asked to try later (its
 *     address is erased after a day)
 * @param purgeCron when messages past their retention are deleted (a cron expression, Berlin time; {@code -}: never)
 */
@Validated
@ConfigurationProperties("jumelage.feedback")
record FeedbackProperties(
        @DefaultValue("P90D") Duration retention,
        @DefaultValue("5") @Min(1) int maxPerHour,
        @DefaultValue("0 15 3 * * *") String purgeCron) {

    FeedbackProperties {
        if (retention == null || retention.isNegative()) {
            throw new IllegalArgumentException("jumelage.feedback.retention must be 0 or more; found " + retention);
        }
        if (!"-".equals(purgeCron) && !CronExpression.isValidExpression(purgeCron)) {
            throw new IllegalArgumentException(
                    "jumelage.feedback.purge-cron must be a cron expression or -; found " + purgeCron);
        }
    }
}
