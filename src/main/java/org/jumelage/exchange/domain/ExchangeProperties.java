package org.jumelage.exchange.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.Period;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The staff exchange's settings, under {@code jumelage.exchange.*} (ADR 0015).
 *
 * @param approvalReminderAfter after how long an approver who is waited for is reminded, and again after each such
 *     period (one mail per approver and run, listing what waits for them)
 * @param reminderCheck how often approvers to remind are looked for (the first time two minutes after the start)
 * @param retentionCron when the personal data of calls whose retention period (set per call) has run out is erased,
 *     nightly (a cron expression, Berlin time; {@code -}: never)
 * @param offerDays how many days the next alternate has to answer when a place frees up after an allocation was
 *     published
 * @param offerCheck how often unanswered offers are looked for (the first time after this interval)
 * @param currency the currency of every amount: cost rates, budgets and costs alike (ISO 4217)
 * @param homeCountry the country whose cost rates incoming guests' stays are planned with, the home city's (ISO 3166-1
 *     alpha-2)
 * @param supervisorFeedbackAfter how long after a stay's end the participant's supervisor is asked for their
 *     evaluation (the participant and the host are asked when the stay is completed)
 * @param evaluationReminderAfter after how long a due, unanswered evaluation is reminded of, and again after each such
 *     period
 * @param evaluationCheck how often due evaluations are looked for (the first time three minutes after the start)
 */
@Validated
@ConfigurationProperties("jumelage.exchange")
record ExchangeProperties(
        @DefaultValue("P3D") Duration approvalReminderAfter,
        @DefaultValue("PT1H") Duration reminderCheck,
        @DefaultValue("0 40 3 * * *") String retentionCron,
        @DefaultValue("7") @Positive int offerDays,
        @DefaultValue("PT15M") Duration offerCheck,
        @DefaultValue("EUR") @NotNull Currency currency,

        @DefaultValue("DE")
        @NotNull
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
        String homeCountry,

        @DefaultValue("P3M") Period supervisorFeedbackAfter,
        @DefaultValue("P7D") Duration evaluationReminderAfter,
        @DefaultValue("PT1H") Duration evaluationCheck) {

    ExchangeProperties {
        positive("approval-reminder-after", approvalReminderAfter);
        positive("reminder-check", reminderCheck);
        positive("offer-check", offerCheck);
        positive("evaluation-reminder-after", evaluationReminderAfter);
        positive("evaluation-check", evaluationCheck);
        if (!"-".equals(retentionCron) && !CronExpression.isValidExpression(retentionCron)) {
            throw new IllegalArgumentException(
                    "jumelage.exchange.retention-cron must be a cron expression or -; found " + retentionCron);
        }
        if (supervisorFeedbackAfter == null
                || supervisorFeedbackAfter.isNegative()
                || supervisorFeedbackAfter.isZero()) {
            throw new IllegalArgumentException(
                    "jumelage.exchange.supervisor-feedback-after must be positive; found " + supervisorFeedbackAfter);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || !value.isPositive()) {
            throw new IllegalArgumentException("jumelage.exchange." + name + " must be positive; found " + value);
        }
    }
}
