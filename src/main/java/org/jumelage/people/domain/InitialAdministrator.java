package org.jumelage.people.domain;

import jakarta.validation.constraints.NotBlank;
import org.jumelage.people.DemoData;
import org.jumelage.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Without demo data (production), the first start on an empty database creates one administrator: from
 * {@code JUMELAGE_ADMIN_USERNAME} / {@code JUMELAGE_ADMIN_PASSWORD}, or with a random password written once to the
 * log. Either way the password must be changed at the first login. No other default credential exists.
 */
@Component
@Order(5)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    /**
     * {@code jumelage.admin.*}: the administrator the first start on an empty database creates, without demo data.
     *
     * @param username the first administrator's user name ({@code JUMELAGE_ADMIN_USERNAME})
     * @param password the first administrator's password, to be changed at the first login ({@code
     *     JUMELAGE_ADMIN_PASSWORD}); none: a random one-time password, written once to the log
     */
    @Validated
    @ConfigurationProperties("jumelage.admin")
    record Settings(@DefaultValue("admin") @NotBlank String username, String password) {

        Settings {
            password = password == null ? "" : password;
        }
    }

    private final AccountService accounts;
    private final org.jumelage.shared.JobLocks locks;
    private final boolean demoData;
    private final String username;
    private final String password;

    InitialAdministrator(
            AccountService accounts, org.jumelage.shared.JobLocks locks, Environment environment, Settings settings) {
        this.accounts = accounts;
        this.locks = locks;
        this.demoData = DemoData.On.in(environment);
        this.username = settings.username();
        this.password = settings.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData || !accounts.isEmpty()) {
            return;
        }
        // Two instances started together on an empty database: one creates the administrator, the other finds it
        // (or finds the lock taken and leaves it to the first).
        locks.onceInTransaction("initial-administrator", java.time.Duration.ofMinutes(1), () -> {
            if (accounts.isEmpty()) {
                create();
            }
            return Boolean.TRUE;
        });
    }

    private void create() {
        if (password.isBlank()) {
            String generated = accounts.generatePassword();
            accounts.create(username, "Administrator", null, Role.ADMIN, null, generated, true);
            log.warn(
                    "Created the first administrator '{}' with the one-time password '{}'. Change it at the first"
                            + " login; it is not shown again.",
                    username,
                    generated);
        } else {
            accounts.create(username, "Administrator", null, Role.ADMIN, null, password, true);
            log.warn(
                    "Created the first administrator '{}' with the password from JUMELAGE_ADMIN_PASSWORD."
                            + " Change it at the first login.",
                    username);
        }
    }
}
