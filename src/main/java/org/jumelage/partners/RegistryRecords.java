package org.jumelage.partners;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.shared.Localized;
import org.jumelage.shared.PartialDate;

/**
 * The registry as the office reads it, for its reports and dossiers: every relationship, published or not. Refused to
 * anyone who does not read the back office.
 */
public interface RegistryRecords {

    /**
     * Relationships counted by the database: in all, by type and status (in declaration order), by the partner city's
     * country (largest first), and by the decade of the first instrument (in order; {@code undated} have none).
     */
    record Figures(
            long total,
            Map<RelationshipType, Long> byType,
            Map<RelationshipStatus, Long> byStatus,
            Map<String, Long> byCountry,
            Map<Integer, Long> byDecade,
            long undated) {}

    /** One relationship with the parts a dossier tells: instruments, status history, focus areas, units. */
    record RelationshipRecord(
            long id,
            RelationshipType type,
            Long holderUnitId,
            RelationshipStatus status,
            PartialDate statusSince,
            PartialDate firstInstrument,
            boolean published,
            List<InstrumentRecord> instruments,
            List<StatusRecord> history,
            List<FocusRecord> focus,
            List<ResponsibilityRecord> responsible) {}

    record InstrumentRecord(
            InstrumentKind kind, PartialDate signed, String place, String signatories, String summary) {}

    record StatusRecord(RelationshipStatus status, PartialDate validFrom, String reason) {}

    record FocusRecord(
            String nameDe, String nameEn, String detailDe, String detailEn, Integer sinceYear, Integer untilYear) {
        public String name(Locale locale) {
            return Localized.pick(locale, nameDe, nameEn);
        }

        public String detail(Locale locale) {
            return Localized.pick(locale, detailDe, detailEn);
        }
    }

    record ResponsibilityRecord(long unitId, ResponsibilityRole role) {}

    /**
     * The relationships agreed by the end of a year (their first instrument no later; null: every relationship, also
     * those without an instrument), of one city or all, with today's status.
     */
    Figures figures(Integer toYear, Long cityId);

    /** Every relationship with the city, by type. */
    List<RelationshipRecord> relationshipsOf(long cityId);
}
