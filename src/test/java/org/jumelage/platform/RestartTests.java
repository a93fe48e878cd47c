package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.tools.Server;
import org.jumelage.JumelageApplication;
import org.jumelage.partners.NetworkRole;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.domain.NetworkDetails;
import org.jumelage.partners.domain.NetworkService;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.people.DemoMode;
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
        return start(fileDatabase(directory), "--jumelage.demo-data.enabled=" + demoData);
    }

    private static String fileDatabase(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("jumelage") + ";" + MODE;
    }

    private static final String MODE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static ConfigurableApplicationContext start(String url, String... more) {
        // Command-line arguments, because application.properties outranks the builder's default properties.
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(JumelageApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void aRealInstallationsAdministratorCalledAdminGainsNoDemoLoginsWhenDemoDataIsSwitchedOnLater(
            @TempDir Path directory) {
        try (ConfigurableApplicationContext real = start(directory, false)) {
            assertThat(real.getBean(AccountService.class).all()).hasSize(1);
            assertThat(real.getBean(DemoMode.class).isDemoInstance()).isFalse();
        }
        // Someone starts the real installation with the demo switch on (or with an earlier default that had it on).
        try (ConfigurableApplicationContext again = start(directory, true)) {
            assertThat(again.getBean(AccountService.class).all())
                    .singleElement()
                    .satisfies(account -> assertThat(account.getUsername()).isEqualTo("admin"));
            // Nor any other module's demo data, nor the demo banner.
            assertThat(again.getBean(RegistryService.class).cities()).isEmpty();
            assertThat(again.getBean(DemoMode.class).isDemoInstance()).isFalse();
        }
    }

    @Test
    void withoutBeingAskedForDemoDataLoadsOnlyOnTheEmbeddedDatabaseOfSpringBootRun(@TempDir Path directory) {
        // A plain start of the jar on the embedded database: no demo data, no demo logins.
        try (ConfigurableApplicationContext plain = start(fileDatabase(directory.resolve("plain")))) {
            assertThat(plain.getBean(AccountService.class).all())
                    .singleElement()
                    .satisfies(account -> assertThat(account.getUsername()).isEqualTo("admin"));
            assertThat(plain.getBean(RegistryService.class).cities()).isEmpty();
        }
        // What `mvn spring-boot:run` sets (see the POM): demo data on the embedded database.
        try (ConfigurableApplicationContext run =
                start(fileDatabase(directory.resolve("run")), "--jumelage.demo-data.default=true")) {
            assertThat(run.getBean(AccountService.class).all()).hasSize(8);
            assertThat(run.getBean(DemoMode.class).isDemoInstance()).isTrue();
        }
    }

    @Test
    void anotherDatabaseWithDemoDataStartsOnlyWhereDemoDataIsAskedForByName() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Server server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists")
                .start();
        try {
            String url = "jdbc:h2:tcp://localhost:" + port + "/mem:served;" + MODE + ";DB_CLOSE_DELAY=-1";
            // spring-boot:run's default does not reach a database server.
            try (ConfigurableApplicationContext byDefault = start(url, "--jumelage.demo-data.default=true")) {
                assertThat(byDefault.getBean(RegistryService.class).cities()).isEmpty();
                assertThat(byDefault.getBean(DemoMode.class).isDemoInstance()).isFalse();
            }
            String otherUrl = "jdbc:h2:tcp://localhost:" + port + "/mem:demo;" + MODE + ";DB_CLOSE_DELAY=-1";
            try (ConfigurableApplicationContext demo = start(otherUrl, "--jumelage.demo-data.enabled=true")) {
                assertThat(demo.getBean(AccountService.class).all()).hasSize(8);
            }
            assertThatThrownBy(() -> start(otherUrl).close())
                    .hasStackTraceContaining("starts on it only with jumelage.demo-data.enabled=true");
            assertThatThrownBy(() -> start(otherUrl, "--jumelage.demo-data.enabled=false")
                            .close())
                    .hasStackTraceContaining("holds Jumelage's demo data");
            try (ConfigurableApplicationContext asked = start(otherUrl, "--jumelage.demo-data.enabled=true")) {
                assertThat(asked.getBean(DemoMode.class).isDemoInstance()).isTrue();
            }
        } finally {
            server.stop();
        }
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
        // A real installation that still has the default address is told to set its public one.
        assertThat(output.getOut()).contains("jumelage.base-url is http://localhost:8080");

        try (ConfigurableApplicationContext second = start(directory, false)) {
            assertThat(second.getBean(AccountService.class).all()).hasSize(1);
        }
        assertThat(output.getOut()).containsOnlyOnce("Created the first administrator");
    }
}
