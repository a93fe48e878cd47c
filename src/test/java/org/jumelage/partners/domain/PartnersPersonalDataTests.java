package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jumelage.partners.ContactSide;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.PartialDate;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's part of a data subject's request and the contacts' retention (ADR 0037), on the real schema: a
 * contact person is found by e-mail address whatever its case, and erased through the relationship, which records the
 * change; an account's erasure keeps who recorded what, and says so; the nightly retention removes the contacts of
 * relationships that ended long enough ago, counted from the end of the period the end is dated to, and leaves the
 * others. Each test's changes are rolled back (other tests count the demo data's cities).
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@Transactional
class PartnersPersonalDataTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    PartnersPersonalData personalData;

    @Autowired
    ContactRetention retention;

    @Autowired
    RegistryService registry;

    @Autowired
    RelationshipRepository relationships;

    @Autowired
    AccountService accounts;

    @PersistenceContext
    EntityManager entities;

    private final String unique = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void signInAsAdministrator() {
        signIn(accounts.loadUser("admin").orElseThrow());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aboutFindsAContactPersonByEmailInAnyCaseAndTheRecordsAnAccountMade() {
        String email = "Marie.Kontakt-" + unique + "@Example.fr";
        Relationship published = relationship("A", RelationshipStatus.ACTIVE, null, true);
        long marie = contact(published, "Marie Kontakt " + unique, email, true);
        contact(published, "Paul Anders " + unique, "paul-" + unique + "@example.fr", false);
        reread();

        List<PersonalData.Item> items =
                personalData.about(new DataSubject(null, null, " " + email.toUpperCase() + " "));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("Contact");
            assertThat(item.id()).isEqualTo(String.valueOf(marie));
            assertThat(item.values())
                    .containsEntry("relationshipId", published.getId())
                    .containsEntry("city", "Teststadt A " + unique)
                    .containsEntry("side", "PARTNER")
                    .containsEntry("name", "Marie Kontakt " + unique)
                    .containsEntry("functionTitle", "Bürgermeisterin")
                    .containsEntry("email", email)
                    .containsEntry("phone", "+33 1 23 45 67 89")
                    .containsEntry("publicVisible", true)
                    .containsEntry("published", true);
        });
        // Who recorded the relationship and its status finds both among their own items, by user name.
        DataSubject admin =
                new DataSubject(accounts.loadUser("admin").orElseThrow().accountId(), "Admin", null);
        assertThat(personalData.about(admin))
                .extracting(PersonalData.Item::kind, PersonalData.Item::id)
                .contains(org.assertj.core.groups.Tuple.tuple("Relationship", String.valueOf(published.getId())));
        assertThat(personalData.about(admin))
                .filteredOn(item -> item.kind().equals("StatusChange"))
                .anySatisfy(item -> assertThat(item.values())
                        .containsEntry("relationshipId", published.getId())
                        .containsEntry("status", "ACTIVE")
                        .containsEntry("changedBy", "admin"));
        assertThat(personalData.about(new DataSubject(null, null, "nobody-" + unique + "@example.fr")))
                .isEmpty();
    }

    @Test
    void anErasureRemovesThePersonsContactsThroughTheirRelationshipsWhichRecordTheChange() {
        String email = "lena.weg-" + unique + "@example.pl";
        Relationship first = relationship("B", RelationshipStatus.ACTIVE, null, true);
        Relationship second = relationship("C", RelationshipStatus.DORMANT, null, false);
        contact(first, "Lena Weg " + unique, email, true);
        long other = contact(first, "Olek Bleibt " + unique, "olek-" + unique + "@example.pl", true);
        contact(second, "Lena Weg " + unique, email.toUpperCase(), false);
        reread();
        long versionBefore = registry.get(first.getId()).getVersion();
        long changesBefore = relationships.findChangeCount();

        List<PersonalData.Kept> kept = personalData.erase(new DataSubject(null, null, email));
        reread();

        // A business contact goes entirely on request: nothing of it is kept.
        assertThat(kept).isEmpty();
        Relationship firstAfter = registry.get(first.getId());
        assertThat(firstAfter.getContacts()).extracting(Contact::getId).containsExactly(other);
        assertThat(registry.get(second.getId()).getContacts()).isEmpty();
        // Through the aggregate: stamped, versioned, and seen by the entity listeners that feed the search index and
        // the public pages' caches.
        assertThat(firstAfter.getVersion()).isGreaterThan(versionBefore);
        assertThat(firstAfter.getUpdatedBy()).isEqualTo("admin");
        assertThat(relationships.findChangeCount()).isGreaterThan(changesBefore);
        assertThat(personalData.about(new DataSubject(null, null, email))).isEmpty();
    }

    @Test
    void anAccountsErasureRemovesContactsWithItsAddressAndKeepsWhoRecordedWhat() {
        String username = "register-" + unique;
        String email = username + "@example.org";
        accounts.create(username, "Rita Register " + unique, email, Role.ADMIN, null);
        JumelageUser account = accounts.loadUser(username).orElseThrow();
        signIn(account);
        Relationship recorded = relationship("D", RelationshipStatus.ACTIVE, null, false);
        contact(recorded, "Rita Register " + unique, email, false);
        reread();
        signIn(accounts.loadUser("admin").orElseThrow());

        List<PersonalData.Kept> kept = personalData.erase(new DataSubject(account.accountId(), username, email));
        reread();

        assertThat(registry.get(recorded.getId()).getContacts()).isEmpty();
        assertThat(kept).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("Relationship");
            // The relationship and its first status change name the account as the one who recorded them.
            assertThat(entry.id()).isEqualTo("2");
            assertThat(entry.reason().de()).contains("Benutzername");
            assertThat(entry.reason().en()).contains("user name");
        });
        assertThat(registry.get(recorded.getId()).getCreatedBy()).isEqualTo(username);
    }

    @Test
    void theRetentionRemovesContactsOfRelationshipsEndedLongerAgoThanThePeriodCountedFromTheEndOfTheirDate() {
        java.time.Period period = retention.settings().contactRetention();
        LocalDate today = LocalDate.of(1970, 12, 31).plus(period).plusDays(10);
        Instant now = today.atStartOfDay(BERLIN).toInstant();
        Relationship longEnded = relationship("E", RelationshipStatus.ENDED, PartialDate.ofYear(1970), true);
        contact(longEnded, "Alt Eins " + unique, "alt1-" + unique + "@example.org", true);
        contact(longEnded, "Alt Zwei " + unique, "alt2-" + unique + "@example.org", false);
        // Ended in the year after: its first day lies beyond the period, its last day does not.
        Relationship endedThatYear = relationship(
                "F",
                RelationshipStatus.ENDED,
                PartialDate.ofYear(today.minus(period).getYear()),
                false);
        long thatYear = contact(endedThatYear, "Jahr " + unique, "jahr-" + unique + "@example.org", false);
        // Ended without a date: counted from the day the end was recorded (today's, long after this run's "now").
        Relationship undated = relationship("G", RelationshipStatus.ENDED, null, false);
        long undatedContact = contact(undated, "Ohne Datum " + unique, "ohne-" + unique + "@example.org", false);
        // Resting since long ago, not ended: its contacts stay while it lasts.
        Relationship dormant = relationship("H", RelationshipStatus.DORMANT, PartialDate.ofYear(1960), false);
        long dormantContact = contact(dormant, "Ruht " + unique, "ruht-" + unique + "@example.org", false);
        reread();
        long versionBefore = registry.get(longEnded.getId()).getVersion();

        int removed = retention.eraseDue(now);
        reread();

        assertThat(removed).isGreaterThanOrEqualTo(2);
        Relationship longEndedAfter = registry.get(longEnded.getId());
        assertThat(longEndedAfter.getContacts()).isEmpty();
        assertThat(longEndedAfter.getVersion()).isGreaterThan(versionBefore);
        assertThat(registry.get(endedThatYear.getId()).getContacts())
                .extracting(Contact::getId)
                .containsExactly(thatYear);
        assertThat(registry.get(undated.getId()).getContacts())
                .extracting(Contact::getId)
                .containsExactly(undatedContact);
        assertThat(registry.get(dormant.getId()).getContacts())
                .extracting(Contact::getId)
                .containsExactly(dormantContact);
        assertThat(retention.eraseDue(now)).isZero();
    }

    @Test
    void theProcessingNamesTheRetentionSettingInBothLanguages() {
        assertThat(personalData.processing())
                .extracting(PersonalData.Processing::id)
                .containsExactly("partners-contacts", "partners-records");
        PersonalData.Text erasure = personalData.processing().getFirst().erasure();
        assertThat(List.of(erasure.de(), erasure.en()))
                .allSatisfy(text -> assertThat(text).contains("jumelage.partners.contact-retention"));
    }

    private static void signIn(JumelageUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Writes what the test did so far and forgets it, so that what follows is read from the database. */
    private void reread() {
        entities.flush();
        entities.clear();
    }

    private Relationship relationship(String city, RelationshipStatus status, PartialDate since, boolean published) {
        return registry.create(
                null,
                new CityDetails(
                        "Teststadt " + city + " " + unique,
                        "Test city " + city + " " + unique,
                        null,
                        null,
                        "FR",
                        48.85,
                        2.35,
                        null,
                        false),
                RelationshipType.CITY_PARTNERSHIP,
                null,
                status,
                since,
                "Test",
                null,
                published);
    }

    private long contact(Relationship relationship, String name, String email, boolean published) {
        long id = relationship.getId();
        registry.addContact(
                id,
                registry.get(id).getVersion(),
                new ContactDetails(
                        ContactSide.PARTNER,
                        name,
                        "Bürgermeisterin",
                        "Stadt",
                        "Mayor",
                        "City",
                        email,
                        "+33 1 23 45 67 89",
                        "fr, de",
                        published));
        entities.flush();
        return registry.get(id).getContacts().stream()
                .filter(contact -> contact.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }
}
