package org.jumelage.activities.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jumelage.activities.ActivityLevel;
import org.jumelage.activities.ActivityStatus;
import org.jumelage.activities.ActivityType;
import org.jumelage.activities.ParticipantRole;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.Role;
import org.jumelage.people.domain.AccountService;
import org.jumelage.search.RecordsChanged;
import org.jumelage.shared.PersonalData;
import org.jumelage.shared.PersonalData.DataSubject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The activities' part of a data subject's request and their retention (ADR 0037), on the real schema: a person is
 * found by account and by e-mail address whatever its case; an erasure anonymises entries in activities that have
 * begun (and says so), removes those in activities to come, takes the name off tasks and deletes calendar feeds,
 * telling the search index; the nightly retention anonymises participants of long-past activities and deletes revoked
 * and orphaned calendar tokens, and leaves recent ones. Each test commits its own data under names of its own (the
 * database is shared); the retention runs at a moment decades ago, so that it touches only this test's activities.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@RecordApplicationEvents
class ActivitiesPersonalDataTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    ActivitiesPersonalData personalData;

    @Autowired
    ActivitiesRetention retention;

    @Autowired
    ActivityService activities;

    @Autowired
    CalendarTokenRepository tokens;

    @Autowired
    PartnerCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEvents events;

    private final String unique = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void signInAsAdministrator() {
        var admin = accounts.loadUser("admin").orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aboutFindsAnExternalParticipantByEmailInAnyCaseAndTheParticipationsOfAnAccount() {
        String email = "Jan.Extern-" + unique + "@Example.org";
        DataSubject member = newAccount("teilnahme-" + unique);
        Activity visit = activity("Besuch " + unique, LocalDate.of(2019, 5, 6));
        long external = addExternal(visit, "Jan Extern " + unique, email, "vegetarisch");
        long staff = addStaff(visit, member.accountId());

        List<PersonalData.Item> byEmail =
                personalData.about(new DataSubject(null, null, "  " + email.toUpperCase() + " "));
        assertThat(byEmail).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("Participant");
            assertThat(item.id()).isEqualTo(String.valueOf(external));
            assertThat(item.values())
                    .containsEntry("activityId", visit.getId())
                    .containsEntry("activityTitle", "Besuch " + unique)
                    .containsEntry("startDate", "2019-05-06")
                    .containsEntry("displayName", "Jan Extern " + unique)
                    .containsEntry("email", email)
                    .containsEntry("organisation", "Stadt Wien")
                    .containsEntry("role", "HEAD_OF_DELEGATION")
                    .containsEntry("needs", "vegetarisch")
                    .containsEntry("staff", false);
        });

        List<PersonalData.Item> ofAccount = personalData.about(member);
        assertThat(ofAccount)
                .filteredOn(item -> item.kind().equals("Participant"))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.id()).isEqualTo(String.valueOf(staff));
                    assertThat(item.values())
                            .containsEntry("activityId", visit.getId())
                            .containsEntry("accountId", member.accountId())
                            .containsEntry("displayName", "Vera Teilnahme " + unique)
                            .containsEntry("staff", true);
                });
        assertThat(personalData.about(new DataSubject(null, null, "nobody-" + unique + "@example.org")))
                .isEmpty();
    }

    @Test
    void anErasureAnonymisesPastEntriesRemovesFutureOnesUnassignsTasksAndTellsTheSearchIndex() {
        String email = "eva.gast-" + unique + "@example.org";
        String name = "Eva Gast " + unique;
        Activity past = activity("Vergangen " + unique, LocalDate.of(2020, 3, 2));
        long pastEntry = addExternal(past, name, email, "Rollstuhl");
        activities.addTask(past.getId(), version(past), "Bericht schicken", " " + name.toUpperCase() + " ", null);
        activities.addTask(past.getId(), version(past), "Fotos ablegen", "Jemand anderes " + unique, null);
        Activity cancelled = activity("Abgesagt " + unique, LocalDate.of(2020, 4, 1));
        long cancelledEntry = addExternal(cancelled, name, email, null);
        activities.changeStatus(cancelled.getId(), version(cancelled), ActivityStatus.CANCELLED, "Hochwasser");
        Activity future = activity("Künftig " + unique, LocalDate.now(BERLIN).plusYears(50));
        long futureEntry = addExternal(future, name, email.toUpperCase(), null);
        long versionBefore = version(past);
        events.clear();

        List<PersonalData.Kept> kept = personalData.erase(new DataSubject(null, null, email));

        // The past entry stays, without the person, and the erasure says why; the others are gone.
        assertThat(kept).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("Participant");
            assertThat(entry.id()).isEqualTo(String.valueOf(pastEntry));
            assertThat(entry.reason().de()).contains("Vergangen " + unique).doesNotContain(name);
            assertThat(entry.reason().en()).isNotBlank();
        });
        Activity pastAfter = activities.get(past.getId());
        assertThat(pastAfter.getParticipants()).singleElement().satisfies(participant -> {
            assertThat(participant.getId()).isEqualTo(pastEntry);
            assertThat(participant.isAnonymised()).isTrue();
            assertThat(participant.getDisplayName()).isEqualTo(Participant.ANONYMISED);
            assertThat(participant.getEmail()).isNull();
            assertThat(participant.getFunctionTitle()).isNull();
            assertThat(participant.getNeeds()).isNull();
            assertThat(participant.getOrganisation()).isEqualTo("Stadt Wien");
            assertThat(participant.getRole()).isEqualTo(ParticipantRole.HEAD_OF_DELEGATION);
        });
        assertThat(pastAfter.getTasks())
                .extracting(FollowUpTask::getTitle, FollowUpTask::getOwner)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Bericht schicken", null),
                        org.assertj.core.groups.Tuple.tuple("Fotos ablegen", "Jemand anderes " + unique));
        // Written through the aggregate: the version moved (an editor's older form is refused) and the search index
        // is told to read the activities again.
        assertThat(pastAfter.getVersion()).isGreaterThan(versionBefore);
        assertThat(activities.get(cancelled.getId()).getParticipants())
                .extracting(Participant::getId)
                .doesNotContain(cancelledEntry);
        assertThat(activities.get(future.getId()).getParticipants())
                .extracting(Participant::getId)
                .doesNotContain(futureEntry);
        assertThat(events.stream(RecordsChanged.class)
                        .filter(changed -> changed.topic().equals("activity"))
                        .flatMap(changed -> changed.ids().stream()))
                .contains(past.getId(), future.getId());
        assertThat(personalData.about(new DataSubject(null, null, email))).isEmpty();
    }

    @Test
    void anAccountsErasureDeletesItsCalendarFeedsWhoseHashesNeverShowAndKeepsWhoRecordedWhat() {
        DataSubject member = newAccount("feed-" + unique);
        String hash = PersonalFeeds.hash("secret-" + unique);
        CalendarToken revoked = new CalendarToken(member.accountId(), hash, Instant.parse("2026-01-05T10:00:00Z"));
        revoked.revoke(Instant.parse("2026-02-01T10:00:00Z"));
        tokens.save(revoked);
        tokens.save(new CalendarToken(
                member.accountId(), PersonalFeeds.hash("other-" + unique), Instant.parse("2026-02-01T10:00:00Z")));
        Activity visit = activity("Feed " + unique, LocalDate.of(2021, 9, 1));
        long entry = addStaff(visit, member.accountId());

        List<PersonalData.Item> items = personalData.about(member);
        assertThat(items)
                .filteredOn(item -> item.kind().equals("CalendarToken"))
                .hasSize(2)
                .first()
                .satisfies(item -> assertThat(item.values())
                        .containsEntry("createdAt", "2026-01-05T10:00:00Z")
                        .containsEntry("revokedAt", "2026-02-01T10:00:00Z")
                        .containsEntry("active", false));
        assertThat(items.toString()).doesNotContain(hash);
        // The administrator who recorded the activity finds it among their own items, by user name.
        assertThat(personalData.about(
                        new DataSubject(accounts.loadUser("admin").orElseThrow().accountId(), "ADMIN", null)))
                .anySatisfy(item -> {
                    assertThat(item.kind()).isEqualTo("Activity");
                    assertThat(item.id()).isEqualTo(String.valueOf(visit.getId()));
                    assertThat(item.values()).containsEntry("createdBy", "admin");
                });

        List<PersonalData.Kept> kept = personalData.erase(member);

        assertThat(tokens.findByAccountIdOrderByCreatedAtAscIdAsc(member.accountId()))
                .isEmpty();
        assertThat(kept)
                .extracting(PersonalData.Kept::kind, PersonalData.Kept::id)
                .contains(org.assertj.core.groups.Tuple.tuple("Participant", String.valueOf(entry)));
        assertThat(activities.get(visit.getId()).getParticipants())
                .singleElement()
                .satisfies(participant -> {
                    assertThat(participant.getAccountId()).isNull();
                    assertThat(participant.isStaff()).isFalse();
                    assertThat(participant.getDisplayName()).isEqualTo(Participant.ANONYMISED);
                });
        assertThat(personalData.about(member)).isEmpty();
    }

    @Test
    void theRetentionAnonymisesParticipantsWithoutAnActiveAccountOfLongPastActivitiesOnly() {
        ActivitiesRetention.Settings settings = retention.settings();
        LocalDate longAgo = LocalDate.of(1975, 1, 10);
        Instant now = longAgo.plus(settings.participantRetention())
                .plusDays(10)
                .atStartOfDay(BERLIN)
                .toInstant();
        LocalDate lately = LocalDate.ofInstant(now, BERLIN)
                .minus(settings.participantRetention())
                .plusDays(30);
        DataSubject active = newAccount("aktiv-" + unique);
        DataSubject leaver = newAccount("weg-" + unique);

        Activity old = activity("Alt " + unique, longAgo);
        long oldExternal = addExternal(old, "Olga Alt " + unique, "olga-" + unique + "@example.org", "vegan");
        long oldActive = addStaff(old, active.accountId());
        long oldLeaver = addStaff(old, leaver.accountId());
        Activity recent = activity("Neu " + unique, lately);
        long recentExternal = addExternal(recent, "Rita Neu " + unique, "rita-" + unique + "@example.org", null);
        accounts.disable(
                leaver.accountId(), accounts.loadUser("admin").orElseThrow().accountId());

        ActivitiesRetention.Run run = retention.run(now);

        assertThat(run.participants()).isGreaterThanOrEqualTo(2);
        Activity oldAfter = activities.get(old.getId());
        assertThat(participant(oldAfter, oldExternal)).satisfies(p -> {
            assertThat(p.isAnonymised()).isTrue();
            assertThat(p.getDisplayName()).isEqualTo(Participant.ANONYMISED);
            assertThat(p.getEmail()).isNull();
            assertThat(p.getNeeds()).isNull();
            assertThat(p.getOrganisation()).isEqualTo("Stadt Wien");
        });
        assertThat(participant(oldAfter, oldLeaver)).satisfies(p -> {
            assertThat(p.isAnonymised()).isTrue();
            assertThat(p.getAccountId()).isNull();
        });
        assertThat(participant(oldAfter, oldActive)).satisfies(p -> {
            assertThat(p.isAnonymised()).isFalse();
            assertThat(p.getAccountId()).isEqualTo(active.accountId());
            assertThat(p.getDisplayName()).isEqualTo("Vera Teilnahme " + unique);
        });
        assertThat(participant(activities.get(recent.getId()), recentExternal)).satisfies(p -> {
            assertThat(p.isAnonymised()).isFalse();
            assertThat(p.getDisplayName()).isEqualTo("Rita Neu " + unique);
            assertThat(p.getEmail()).isEqualTo("rita-" + unique + "@example.org");
        });
        // Once anonymised, an entry is left alone.
        assertThat(retention.run(now).participants()).isZero();
    }

    @Test
    void theRetentionDeletesCalendarTokensRevokedLongAgoAndThoseOfDisabledAccounts() {
        ActivitiesRetention.Settings settings = retention.settings();
        Instant now = LocalDate.of(1980, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        DataSubject active = newAccount("token-" + unique);
        DataSubject leaver = newAccount("token-weg-" + unique);
        CalendarToken longRevoked = token(
                active.accountId(),
                "long",
                now.minus(settings.calendarTokenRetention()).minus(java.time.Duration.ofDays(1)));
        CalendarToken lately = token(
                active.accountId(),
                "lately",
                now.minus(settings.calendarTokenRetention()).plus(java.time.Duration.ofMinutes(1)));
        CalendarToken current = token(active.accountId(), "current", null);
        CalendarToken leavers = token(leaver.accountId(), "leaver", null);
        accounts.disable(
                leaver.accountId(), accounts.loadUser("admin").orElseThrow().accountId());

        ActivitiesRetention.Run run = retention.run(now);

        assertThat(run.tokens()).isGreaterThanOrEqualTo(2);
        assertThat(tokens.findAllById(List.of(longRevoked.getId(), lately.getId(), current.getId(), leavers.getId())))
                .extracting(CalendarToken::getId)
                .containsExactlyInAnyOrder(lately.getId(), current.getId());
    }

    @Test
    void theProcessingNamesTheRetentionSettingsInBothLanguages() {
        List<PersonalData.Processing> processing = personalData.processing();
        assertThat(processing)
                .extracting(PersonalData.Processing::id)
                .containsExactly("activities-participants", "activities-calendar-feeds", "activities-records");
        PersonalData.Text participants = processing.getFirst().erasure();
        assertThat(List.of(participants.de(), participants.en()))
                .allSatisfy(text -> assertThat(text)
                        .contains("jumelage.activities.needs-retention", "jumelage.activities.participant-retention"));
        PersonalData.Text feeds = processing.get(1).erasure();
        assertThat(List.of(feeds.de(), feeds.en()))
                .allSatisfy(text -> assertThat(text).contains("jumelage.activities.calendar-token-retention"));
    }

    private DataSubject newAccount(String username) {
        String email = username + "@example.org";
        accounts.create(username, "Vera Teilnahme " + unique, email, Role.VIEWER, null);
        return new DataSubject(accounts.loadUser(username).orElseThrow().accountId(), username, email);
    }

    private Activity activity(String title, LocalDate day) {
        long vienna = catalog.cities().stream()
                .filter(city -> city.nameEn().equals("Vienna"))
                .findFirst()
                .orElseThrow()
                .id();
        return activities.create(new ActivityDetails(
                ActivityType.INCOMING_DELEGATION,
                ActivityLevel.DEPARTMENT,
                title,
                null,
                null,
                null,
                Schedule.days(day, day.plusDays(1), BERLIN),
                "Berlin",
                null,
                null,
                Set.of(vienna),
                Set.of(),
                Set.of(),
                Set.of(),
                false,
                null,
                null));
    }

    private long addExternal(Activity activity, String name, String email, String needs) {
        return activities
                .addParticipant(
                        activity.getId(),
                        version(activity),
                        new ParticipantDetails(
                                null,
                                name,
                                null,
                                null,
                                "Referent",
                                "Stadt Wien",
                                email,
                                ParticipantRole.HEAD_OF_DELEGATION,
                                needs))
                .getId();
    }

    private long addStaff(Activity activity, long accountId) {
        return activities
                .addParticipant(
                        activity.getId(),
                        version(activity),
                        new ParticipantDetails(
                                accountId, null, null, null, "Gastgeberin", null, null, ParticipantRole.HOST, null))
                .getId();
    }

    private long version(Activity activity) {
        return activities.get(activity.getId()).getVersion();
    }

    private CalendarToken token(long accountId, String secret, Instant revokedAt) {
        Instant created = revokedAt == null ? Instant.parse("1980-01-01T00:00:00Z") : revokedAt.minusSeconds(3600);
        CalendarToken token = new CalendarToken(accountId, PersonalFeeds.hash(secret + "-" + unique), created);
        if (revokedAt != null) {
            token.revoke(revokedAt);
        }
        return tokens.save(token);
    }

    private static Participant participant(Activity activity, long id) {
        return activity.getParticipants().stream()
                .filter(p -> p.getId() == id)
                .findFirst()
                .orElseThrow();
    }
}
