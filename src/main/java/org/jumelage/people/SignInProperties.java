package org.jumelage.people;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How wrong passwords are throttled and how long a signed-in session lasts (ADR 0017), under {@code
 * jumelage.security.*}. The throttle is this module's; the platform ends sessions older than {@code session-lifetime}.
 *
 * @param maxFailedLogins how many wrong passwords one client may give for one account within {@code lockout}
 * @param maxFailedLoginsPerClient how many wrong passwords one client may give in all, for any accounts, within {@code
 *     lockout}
 * @param maxFailedLoginsPerAccount how many wrong passwords one account may draw from everywhere within {@code
 *     lockout} before each client that failed on it waits (the owner at their own address still signs in)
 * @param lockout the time within which wrong passwords are counted, and so how long a throttled client waits
 * @param sessionLifetime how long a session lasts however busy; a password change ends the account's other sessions
 *     at once
 */
@Validated
@ConfigurationProperties("jumelage.security")
public record SignInProperties(
        @DefaultValue("5") @Min(1) int maxFailedLogins,
        @DefaultValue("20") @Min(1) int maxFailedLoginsPerClient,
        @DefaultValue("50") @Min(1) int maxFailedLoginsPerAccount,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("12h") Duration sessionLifetime) {

    public SignInProperties {
        if (lockout == null || !lockout.isPositive()) {
            throw new IllegalArgumentException("jumelage.security.lockout must be positive; found " + lockout);
        }
        if (sessionLifetime == null || !sessionLifetime.isPositive()) {
            throw new IllegalArgumentException(
                    "jumelage.security.session-lifetime must be positive; found " + sessionLifetime);
        }
    }
}
