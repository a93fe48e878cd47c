package org.jumelage.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a module keeps about people (ADR 0037). Each module that stores personal data has one bean of this type: it
 * declares its processing activities (the record of processing activities, GDPR Art. 30, is made from these), finds
 * everything it keeps about one person (the subject-access export, Art. 15) and erases it on request (Art. 17), saying
 * what it must keep and why. The privacy module calls every such bean; no module knows the others'.
 */
public interface PersonalData {

    /** The module's processing activities: one per purpose. */
    List<Processing> processing();

    /** Everything the module keeps about the person, in an order of its own (oldest first where it has a date). */
    List<Item> about(DataSubject subject);

    /**
     * How many items of each kind {@link #about} gives, for the privacy page, which shows the counts only. This default
     * gathers the items; a module where one person can have many (the audit trail: every change they made) counts
     * them with a query instead. Kinds without items are left out.
     */
    default Map<String, Long> count(DataSubject subject) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        about(subject).forEach(item -> counts.merge(item.kind(), 1L, Long::sum));
        return counts;
    }

    /**
     * Erases what the module need not keep of the person, in the caller's transaction; returns what it kept, and why.
     * A person with an account is erased by their account id; a person without one by their e-mail address.
     */
    List<Kept> erase(DataSubject subject);

    /**
     * A person asking what is kept about them: an account (id and user name), or an e-mail address, or both (the
     * account's own address). Addresses are compared without regard to case.
     */
    record DataSubject(Long accountId, String username, String email) {

        public boolean hasAccount() {
            return accountId != null;
        }

        public boolean hasEmail() {
            return email != null && !email.isBlank();
        }

        /** The address as stored addresses are compared with it: stripped, lower case; null without one. */
        public String emailKey() {
            return hasEmail() ? email.strip().toLowerCase(Locale.ROOT) : null;
        }
    }

    /** A text in German and English. */
    record Text(String de, String en) {

        public String in(Locale locale) {
            return Localized.pick(locale, de, en);
        }

        /** A retention period in words, as the record of processing activities says it: "2 Jahre", "2 years". */
        public static Text period(java.time.Period period) {
            List<String> de = new java.util.ArrayList<>();
            List<String> en = new java.util.ArrayList<>();
            part(de, en, period.getYears(), "ein Jahr", "Jahre", "year");
            part(de, en, period.getMonths(), "einen Monat", "Monate", "month");
            part(de, en, period.getDays(), "einen Tag", "Tage", "day");
            if (de.isEmpty()) {
                return new Text("sofort", "immediately");
            }
            return new Text(String.join(" und ", de), String.join(" and ", en));
        }

        /** A retention given as a duration, in whole days: "30 Tage", "30 days". */
        public static Text period(java.time.Duration duration) {
            return period(java.time.Period.ofDays((int) duration.toDays()));
        }

        private static void part(List<String> de, List<String> en, int count, String one, String many, String word) {
            if (count != 0) {
                de.add(count == 1 ? one : count + " " + many);
                en.add(count + " " + word + (count == 1 ? "" : "s"));
            }
        }
    }

    /**
     * One processing activity as Art. 30 (1) asks for it: its name and purpose, the legal basis, whose data (categories
     * of data subjects), which data, who receives it, and when it is erased.
     */
    record Processing(
            String id,
            Text name,
            Text purpose,
            Text legalBasis,
            Text subjects,
            Text data,
            Text recipients,
            Text erasure) {}

    /**
     * One thing kept about the person: its kind (an entity's name, "Application"), its id, and its values by name
     * (text, numbers, booleans, lists of these; never a password or token).
     */
    record Item(String kind, String id, Map<String, Object> values) {}

    /** One thing kept after an erasure, and why (a legal obligation, another person's record, a pending procedure). */
    record Kept(String kind, String id, Text reason) {}
}
