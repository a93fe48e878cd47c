package org.jumelage.activities.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.jumelage.JumelageApplication;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reminders reach a real SMTP server once per person, with the activity's calendar file; a reminder that fell due
 * while the application was down goes out when it starts again, and a further restart sends nothing twice.
 */
class RemindersTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static ConfigurableApplicationContext start(Path directory, int reminderDays) {
        return new SpringApplicationBuilder(JumelageApplication.class)
                .run(
                        "--server.port=0",
                        // Demo data is asked for by name: it loads by default only under spring-boot:run.
                        "--jumelage.demo-data.enabled=true",
                        "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("jumelage")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=3025",
                        "--jumelage.activities.reminder-days=" + reminderDays,
                        // The staff exchange's approval reminders (its demo application waits) are tested elsewhere.
                        "--jumelage.exchange.approval-reminder-after=P3650D");
    }

    @Test
    void aReminderDueWhileDownIsSentOnceAfterTheRestartAndNeverAgain(@TempDir Path directory) throws Exception {
        try (ConfigurableApplicationContext first = start(directory, 1)) {
            var admin = first.getBean(AccountService.class).loadUser("admin").orElseThrow();
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            ActivityService activities = first.getBean(ActivityService.class);
            long warsaw = first.getBean(PartnerCatalog.class).cities().stream()
                    .filter(c -> c.nameEn().equals("Warsaw"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            LocalDate start = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(5);
            Activity visit = activities.create(new ActivityDetails(
                    ActivityType.INCOMING_DELEGATION,
                    ActivityLevel.DEPARTMENT,
                    "Erinnerungstest Warschau",
                    null,
                    null,
                    null,
                    Schedule.days(start, start.plusDays(1), ZoneId.of("Europe/Berlin")),
                    "Berlin",
                    null,
                    null,
                    Set.of(warsaw),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    false,
                    null,
                    null));
            long editor = first.getBean(AccountService.class)
                    .loadUser("editor")
                    .orElseThrow()
                    .accountId();
            activities.addParticipant(
                    visit.getId(),
                    activities.get(visit.getId()).getVersion(),
                    new ParticipantDetails(editor, null, null, null, null, null, null, ParticipantRole.HOST, null));
            activities.addParticipant(
                    visit.getId(),
                    activities.get(visit.getId()).getVersion(),
                    new ParticipantDetails(
                            null,
                            "Jan Nowak",
                            null,
                            null,
                            null,
                            "Stadt Warschau",
                            "jan.nowak@example.org",
                            ParticipantRole.MEMBER,
                            null));
            // Five days ahead, one day's lead: not due yet.
            assertThat(first.getBean(Reminders.class).queueDue()).isZero();
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // Back up with a week's lead: the reminder fell due "while down" and goes out at start.
        try (ConfigurableApplicationContext second = start(directory, 7)) {
            assertThat(smtp.waitForIncomingEmail(20_000, 3)).isTrue();
            awaitNoIncompleteEvents(second.getBean(JdbcTemplate.class));
        }
        MimeMessage[] sent = smtp.getReceivedMessages();
        assertThat(sent).hasSize(3);
        assertThat(Arrays.stream(sent).map(RemindersTests::recipient))
                .containsExactlyInAnyOrder(
                        "admin@demo.jumelage.invalid", "editor@demo.jumelage.invalid", "jan.nowak@example.org");
        for (MimeMessage mail : sent) {
            assertThat(mail.getSubject()).startsWith("Erinnerung: Erinnerungstest Warschau");
            // Dates as people write them in each language part, never the database's ISO form.
            assertThat(text(mail))
                    .containsPattern("\\d{1,2}\\. ?(–|\\p{L}).* 20\\d\\d")
                    .containsPattern("\\d{1,2}(–\\d{1,2})? (January|February|March|April|May|June|July|August|September"
                            + "|October|November|December) 20\\d\\d")
                    .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
            // Staff get the link into the back office; the guest from Warsaw does not.
            assertThat(text(mail).contains("/office/activities/"))
                    .as("office link in the mail to %s", recipient(mail))
                    .isEqualTo(!recipient(mail).equals("jan.nowak@example.org"));
            Calendar attached = attachedCalendar(mail);
            assertThat(attached.getComponents("VEVENT")).hasSize(1);
            assertThat(attached.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        }

        try (ConfigurableApplicationContext third = start(directory, 7)) {
            assertThat(third.getBean(Reminders.class).queueDue()).isZero();
            // Whatever the start republished or queued has been handled before counting the mails.
            awaitNoIncompleteEvents(third.getBean(JdbcTemplate.class));
        }
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) {
        try {
            Multipart parts = (Multipart) mail.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                Part part = parts.getBodyPart(i);
                if (part.getContent() instanceof Multipart inner) {
                    return inner.getBodyPart(0).getContent().toString();
                }
                if (part.getContentType().startsWith("text/plain")) {
                    return part.getContent().toString();
                }
            }
            throw new AssertionError("no text in the mail");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar attachedCalendar(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return new CalendarBuilder()
                        .build(new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("no calendar attached");
    }

    /** The mails went out; wait until the event publication registry has recorded that too, as a clean stop would. */
    private static void awaitNoIncompleteEvents(JdbcTemplate jdbc) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Integer.class)
                        == 0);
    }
}
