package org.jumelage.people.domain;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jumelage.shared.PersonalData;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' part of the record of processing activities, of a subject-access export and of an erasure (ADR 0037):
 * the account, its access tokens and its failed sign-ins. An erasure keeps the account's row without the person (other
 * records refer to its number), so it runs after every other module's ({@code @Order}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PeoplePersonalData implements PersonalData {

    static final String HIDDEN = "(hidden)";

    private final AccountRepository accounts;
    private final AccessTokenRepository tokens;
    private final SignInThrottle signIns;
    private final AccountErasure erasure;
    private final Duration tokenRetention;

    PeoplePersonalData(
            AccountRepository accounts,
            AccessTokenRepository tokens,
            SignInThrottle signIns,
            AccountErasure erasure,
            AccessTokenService.Settings tokenSettings) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.signIns = signIns;
        this.erasure = erasure;
        this.tokenRetention = tokenSettings.retention();
    }

    @Override
    public List<Processing> processing() {
        Period disabled = erasure.settings().disabledRetention();
        return List.of(
                new Processing(
                        "accounts",
                        new Text("Benutzerkonten", "Accounts"),
                        new Text(
                                "Anmeldung am Back Office und am Verwaltungsaustausch (mit Passwort oder über die"
                                        + " Anmeldung der Stadt), Rollen und Rechte nach Organisationseinheit, Nennung"
                                        + " der Person in den Datensätzen, an denen sie mitwirkt (Aktivitäten,"
                                        + " Verwaltungsaustausch), und Benachrichtigungen per E-Mail.",
                                "Signing in to the back office and the staff exchange (with a password or through the"
                                        + " city's sign-in), roles and rights by organisational unit, naming the"
                                        + " person in the records they take part in (activities, staff exchange),"
                                        + " and notifications by e-mail."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG; Art. 6 Abs. 1 lit. c i. V. m. Art. 32"
                                        + " DSGVO (Sicherheit der Anmeldung)",
                                "Art. 6 (1) (e) GDPR in conjunction with § 3 BlnDSG; Art. 6 (1) (c) in conjunction"
                                        + " with Art. 32 GDPR (security of signing in)"),
                        new Text(
                                "Beschäftigte der Verwaltung mit einem Konto; Koordinatorinnen und Koordinatoren der"
                                        + " Partnerstädte",
                                "Staff of the administration with an account; coordinators of the partner cities"),
                        new Text(
                                "Benutzername, Name, E-Mail-Adresse, Rolle, Organisationseinheit, Hash des Passworts,"
                                        + " ob das Konto aktiv ist und seit wann es deaktiviert ist, wann es angelegt"
                                        + " und wann das Passwort zuletzt geändert wurde; bei Anmeldung über die Stadt"
                                        + " deren Kennung (Aussteller) und die Kennung der Person dort",
                                "User name, name, e-mail address, role, organisational unit, hash of the password,"
                                        + " whether the account is enabled and since when it is disabled, when it was"
                                        + " created and when the password last changed; with the city's sign-in its"
                                        + " identifier (issuer) and the person's identifier there"),
                        new Text(
                                "Administratorinnen und Administratoren des Büros; Name, E-Mail-Adresse und Einheit"
                                        + " den Nutzenden, die mit der Person in Datensätzen arbeiten; keine"
                                        + " Übermittlung an Dritte",
                                "The office's administrators; name, e-mail address and unit to the users who work"
                                        + " with the person in records; no transfer to third parties"),
                        new Text(
                                "Aktive Konten bleiben, solange sie gebraucht werden. Ein Konto, das länger als "
                                        + Text.period(disabled).de()
                                        + " deaktiviert ist (jumelage.people.disabled-retention,"
                                        + " Voreinstellung P2Y), und ein Konto, dessen Löschung beantragt wurde, wird"
                                        + " anonymisiert: Benutzername, Name, E-Mail-Adresse, Passwort und Kennung der"
                                        + " Anmeldung über die Stadt werden gelöscht; die Kontonummer bleibt mit Rolle"
                                        + " und Einheit, weil andere Datensätze auf sie verweisen.",
                                "Enabled accounts stay while they are needed. An account disabled for longer than "
                                        + Text.period(disabled).en()
                                        + " (jumelage.people.disabled-retention, default P2Y), and an"
                                        + " account whose erasure was requested, is anonymised: user name, name,"
                                        + " e-mail address, password and the identifier of the city's sign-in are"
                                        + " erased; the account's number stays with its role and unit, because other"
                                        + " records refer to it.")),
                new Processing(
                        "access-tokens",
                        new Text("Zugangstoken der Programme des Büros", "Access tokens of the office's programs"),
                        new Text(
                                "Zugriff der Programme des Büros auf die Programmierschnittstelle /api/v1/office mit"
                                        + " den Rechten eines Kontos; Nachweis, wer ein Token angelegt und widerrufen"
                                        + " hat.",
                                "Access of the office's programs to the interface /api/v1/office with the rights of"
                                        + " an account; proof of who made and who revoked a token."),
                        new Text(
                                "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 BlnDSG; Art. 32 DSGVO",
                                "Art. 6 (1) (e) GDPR in conjunction with § 3 BlnDSG; Art. 32 GDPR"),
                        new Text(
                                "Inhaberinnen und Inhaber der Konten, für die ein Token besteht; Administratorinnen"
                                        + " und Administratoren, die es angelegt oder widerrufen haben",
                                "Holders of the accounts a token is for; administrators who made or revoked it"),
                        new Text(
                                "Name des Tokens, Konto, Umfang, Anfang des Geheimnisses (das Geheimnis selbst nur als"
                                        + " Hash), Anfragegrenze, Ablaufdatum, angelegt von und am, zuletzt benutzt,"
                                        + " widerrufen von und am",
                                "Name of the token, account, scope, start of the secret (the secret itself only as a"
                                        + " hash), request limit, end date, made by and when, last used, revoked by"
                                        + " and when"),
                        new Text("Administratorinnen und Administratoren des Büros", "The office's administrators"),
                        new Text(
                                "Löschung " + tokenRetention.toDays() + " Tage nach Widerruf oder Ablauf"
                                        + " (jumelage.api.tokens.retention, Voreinstellung P365D); mit dem Konto,"
                                        + " wenn es anonymisiert wird",
                                "Deleted " + tokenRetention.toDays() + " days after revocation or end date"
                                        + " (jumelage.api.tokens.retention, default P365D); with the account, when it"
                                        + " is anonymised")),
                new Processing(
                        "failed-sign-ins",
                        new Text("Fehlgeschlagene Anmeldungen", "Failed sign-ins"),
                        new Text(
                                "Schutz der Anmeldung vor dem Erraten von Passwörtern: fehlgeschlagene Versuche werden"
                                        + " je Konto und Adresse gezählt und weitere Versuche gebremst;"
                                        + " Administratorinnen und Administratoren sehen die Zahl je Konto.",
                                "Protecting the sign-in against guessed passwords: failed attempts are counted per"
                                        + " account and address and further attempts slowed down; administrators see"
                                        + " the count per account."),
                        new Text(
                                "Art. 6 Abs. 1 lit. c i. V. m. Art. 32 DSGVO",
                                "Art. 6 (1) (c) in conjunction with Art. 32 GDPR"),
                        new Text("Personen, die sich anzumelden versuchen", "Persons who try to sign in"),
                        new Text(
                                "Benutzername des Kontos (für Namen, die kein Konto sind, ein Platzhalter),"
                                        + " IP-Adresse (bei IPv6 das /64-Netz), Zeitpunkt",
                                "User name of the account (a placeholder for names that are no account), IP address"
                                        + " (for IPv6 its /64 network), time"),
                        new Text(
                                "Administratorinnen und Administratoren des Büros (nur die Zahl je Konto)",
                                "The office's administrators (the count per account only)"),
                        new Text(
                                "Löschung nach einem Tag (fest), bei richtigem Passwort von derselben Adresse, wenn"
                                        + " das Konto wieder aktiviert oder anonymisiert wird",
                                "Deleted after one day (fixed), at a right password from the same address, and when"
                                        + " the account is enabled again or anonymised")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> about(DataSubject subject) {
        List<Item> items = new ArrayList<>();
        for (Account account : accountsOf(subject)) {
            items.add(item(account));
            for (AccessToken token : tokens.findByAccountIdOrderByCreatedAtAscIdAsc(account.getId())) {
                items.add(item("AccessToken", token));
            }
            for (AccessToken token : tokens.findAdministeredBy(Account.key(account.getUsername()), account.getId())) {
                items.add(item("AccessTokenMadeOrRevoked", token));
            }
            for (SignInThrottle.Failure failure : signIns.failures(account.getUsername())) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("failedAt", failure.failedAt().toString());
                values.put("client", failure.client());
                items.add(new Item("FailedSignIn", String.valueOf(failure.id()), values));
            }
        }
        return items;
    }

    /**
     * Erases the person from their account, deletes its access tokens and failed sign-ins; keeps the account's number.
     * A person asking by e-mail address alone is never erased from an account of that address: an account is erased
     * by its user name, so that every module erases what refers to it.
     */
    @Override
    @Transactional
    public List<Kept> erase(DataSubject subject) {
        if (!subject.hasAccount()) {
            return accountsOf(subject).stream()
                    .map(account -> new Kept(
                            "Account",
                            String.valueOf(account.getId()),
                            new Text(
                                    "Ein Konto hat diese E-Mail-Adresse. Es wird nur gelöscht, wenn die Löschung für"
                                            + " seinen Benutzernamen beantragt wird, damit alles, was sich auf das"
                                            + " Konto bezieht, mit gelöscht wird.",
                                    "An account has this e-mail address. It is erased only when the erasure is"
                                            + " requested for its user name, so that everything that refers to the"
                                            + " account is erased with it.")))
                    .toList();
        }
        Optional<Account> found = accounts.findById(subject.accountId());
        if (found.isEmpty()) {
            return List.of();
        }
        Account account = found.get();
        List<Kept> kept = new ArrayList<>();
        for (AccessToken token : tokens.findAdministeredBy(Account.key(account.getUsername()), account.getId())) {
            kept.add(new Kept(
                    "AccessTokenMadeOrRevoked",
                    String.valueOf(token.getId()),
                    new Text(
                            "Ein Zugangstoken eines anderen Kontos nennt die Person als diejenige, die es angelegt"
                                    + " oder widerrufen hat. Das bleibt zum Nachweis (Art. 5 Abs. 2, Art. 17 Abs. 3"
                                    + " lit. b DSGVO), bis das Token " + tokenRetention.toDays() + " Tage nach"
                                    + " Widerruf oder Ablauf gelöscht wird (jumelage.api.tokens.retention).",
                            "An access token of another account names the person as the one who made or revoked it."
                                    + " That stays as proof (Art. 5 (2), Art. 17 (3) (b) GDPR) until the token is"
                                    + " deleted " + tokenRetention.toDays() + " days after its revocation or end"
                                    + " date (jumelage.api.tokens.retention).")));
        }
        erasure.erase(account);
        kept.add(new Kept(
                "Account",
                String.valueOf(account.getId()),
                new Text(
                        "Das Konto bleibt ohne Benutzernamen, Namen, E-Mail-Adresse, Passwort und Anmeldung über die"
                                + " Stadt als Nummer mit Rolle und Organisationseinheit bestehen, weil andere"
                                + " Datensätze darauf verweisen. Es ist deaktiviert und kann nicht wieder aktiviert"
                                + " werden.",
                        "The account stays as a number with its role and organisational unit, without user name,"
                                + " name, e-mail address, password and the city's sign-in, because other records"
                                + " refer to it. It is disabled and cannot be enabled again.")));
        return kept;
    }

    /** The subject's account; for a person known by e-mail address alone, the accounts of that address. */
    private List<Account> accountsOf(DataSubject subject) {
        if (subject.hasAccount()) {
            return accounts.findById(subject.accountId()).stream().toList();
        }
        return subject.hasEmail() ? accounts.findByEmailKey(subject.emailKey()) : List.of();
    }

    private static Item item(Account account) {
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, "username", account.getUsername());
        put(values, "displayName", account.getDisplayName());
        put(values, "email", account.getEmail());
        put(values, "role", account.getRole().name());
        put(values, "unitId", account.getUnitId());
        values.put("enabled", account.isEnabled());
        put(values, "disabledAt", account.getDisabledAt());
        put(values, "createdAt", account.getCreatedAt());
        values.put("password", HIDDEN);
        put(values, "credentialsChangedAt", account.getCredentialsChangedAt());
        values.put("mustChangePassword", account.isMustChangePassword());
        put(values, "singleSignOnIssuer", account.getOidcIssuer());
        put(values, "singleSignOnSubject", account.getOidcSubject());
        put(values, "erasedAt", account.getErasedAt());
        return new Item("Account", String.valueOf(account.getId()), values);
    }

    private static Item item(String kind, AccessToken token) {
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, "name", token.getName());
        put(values, "scope", token.getScope().name());
        put(values, "prefix", token.getTokenPrefix());
        values.put("secret", HIDDEN);
        put(values, "requestsPerMinute", token.getRequestsPerMinute());
        put(values, "expiresOn", token.getExpiresOn());
        put(values, "createdBy", token.getCreatedBy());
        put(values, "createdAt", token.getCreatedAt());
        put(values, "lastUsedAt", token.getLastUsedAt());
        put(values, "revokedBy", token.getRevokedBy());
        put(values, "revokedAt", token.getRevokedAt());
        return new Item(kind, String.valueOf(token.getId()), values);
    }

    /** A value as the export shows it (times and dates as ISO text); none for a value not set. */
    private static void put(Map<String, Object> values, String name, Object value) {
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            values.put(name, value);
        } else if (value != null) {
            values.put(name, value.toString());
        }
    }
}
