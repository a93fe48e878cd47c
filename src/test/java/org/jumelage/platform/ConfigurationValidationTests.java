package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.jumelage.shared.InstallationProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A wrong setting stops the start with a message that names it, as the operator reads it in the log: every settings
 * record of every module is bound and validated from the shipped {@code application.properties} and the arguments,
 * without the rest of the application (no database, no web server).
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTests {

    /** Every {@code @ConfigurationProperties} record of the application, and nothing else. */
    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("org.jumelage")
    static class EverySetting {}

    private static ConfigurableApplicationContext start(String... arguments) {
        SpringApplication application = new SpringApplication(EverySetting.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        return application.run(arguments);
    }

    @Test
    void theShippedSettingsAreValid() {
        try (ConfigurableApplicationContext context = start()) {
            InstallationProperties installation = context.getBean(InstallationProperties.class);
            assertThat(installation.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(installation.baseUrl()).isEqualTo("http://localhost:8080");
        }
    }

    @Test
    void aTimeZoneThatDoesNotExistStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--jumelage.time-zone=Mars/Olympus"))
                .hasStackTraceContaining("Failed to bind properties under 'jumelage.time-zone' to java.time.ZoneId");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Property: jumelage.time-zone")
                .contains("Value: \"Mars/Olympus\"")
                .contains("Unknown time-zone ID: Mars/Olympus");
    }

    @Test
    void aNegativeNumberOfDaysStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--jumelage.exchange.offer-days=-3"))
                .hasStackTraceContaining("jumelage.exchange");
        // Spring Boot names a constructor-bound property by its parameter, the origin by the name that was set.
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Property: jumelage.exchange.offerDays")
                .contains("Origin: \"jumelage.exchange.offer-days\"")
                .contains("Value: \"-3\"")
                .contains("Reason: must be greater than 0");
    }

    @Test
    void aRetentionBelowTheDatabasesMinimumStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--jumelage.audit.keep=P30D"))
                .hasStackTraceContaining("jumelage.audit.keep must be at least P91D");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("jumelage.audit.keep must be at least P91D");
    }

    @Test
    void aBrokenCronExpressionStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--jumelage.feedback.purge-cron=0 15 3 * *"))
                .hasStackTraceContaining("jumelage.feedback.purge-cron");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("jumelage.feedback.purge-cron must be a cron expression or -; found 0 15 3 * *");
    }

    @Test
    void anAddressThatIsNotAbsoluteStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--jumelage.base-url=partnerschaften.example.org"))
                .hasStackTraceContaining("InstallationProperties");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Origin: \"jumelage.base-url\"")
                .contains("Reason: must be an absolute http or https address");
    }
}
