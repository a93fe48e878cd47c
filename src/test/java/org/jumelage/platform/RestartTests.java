package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jumelage.JumelageApplication;
import org.jumelage.partners.NetworkRole;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.domain.NetworkDetails;
import org.jumelage.partners.domain.NetworkService;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.people.domain.Account;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stopping and starting Jumelage on its file database loses nothing and loads nothing twice. */
@ExtendWith(OutputCaptureExtension.class)
class RestartTests {

    private static ConfigurableApplicationContext start(Path directory, boolean demoData) {
        // Command-line arguments, because application.properties outranks the builder's default properties.
        return new SpringApplicationBuilder(JumelageApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("jumelage")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--jumelage.demo-data.enabled=" + demoData);
    }

    @Test
    void demoDataIsLoadedOnceAndChangesSurviveARestart(@TempDir Path directory) {
        try (ConfigurableApplicationContext first = start(directory, true)) {
            AccountService accounts = first.getBean(AccountService.class);
            var admin = accounts.loadUser("admin").orElseThrow();
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            first.getBean(NetworkService.class)
                    .create(new NetworkDetails(
                            "Union of the Baltic Cities", "UBC", null, NetworkRole.OBSERVER, null, null));
        } finally {
            SecurityContextHolder.clearContext();
        }
        try (ConfigurableApplicationContext second = start(directory, true)) {
            RegistryService registry = second.getBean(RegistryService.class);
            assertThat(registry.searchAll(PartnershipQuery.all(), Locale.GERMAN))
                    .hasSize(26);
            assertThat(registry.cities()).hasSize(25);
            assertThat(second.getBean(NetworkService.class).all())
                    .extracting(network -> network.getAcronym())
                    .contains("UBC")
                    .hasSize(4);
            // One demo login per role (two staff: an applicant and a supervisor; two partner coordinators).
            assertThat(second.getBean(AccountService.class).all()).hasSize(8);
        }
    }

    @Test
    void withoutDemoDataTheFirstStartCreatesOneAdministratorWhoMustChangeThePassword(
            @TempDir Path directory, CapturedOutput output) {
        try (ConfigurableApplicationContext first = start(directory, false)) {
            List<Account> accounts = first.getBean(AccountService.class).all();
            assertThat(accounts).singleElement().satisfies(account -> {
                assertThat(account.getUsername()).isEqualTo("admin");
                assertThat(account.isMustChangePassword()).isTrue();
            });
            assertThat(first.getBean(RegistryService.class).cities()).isEmpty();
        }
        assertThat(output.getOut())
                .containsOnlyOnce("Created the first administrator 'admin' with the one-time password");
        assertThat(output.getOut()).doesNotContain("Demo logins");

        try (ConfigurableApplicationContext second = start(directory, false)) {
            assertThat(second.getBean(AccountService.class).all()).hasSize(1);
        }
        assertThat(output.getOut()).containsOnlyOnce("Created the first administrator");
    }
}
