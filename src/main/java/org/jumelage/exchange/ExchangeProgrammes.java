package org.jumelage.exchange;

import java.util.List;
import java.util.Locale;
import org.jumelage.shared.Localized;

/** The exchange programmes as the public may see them. */
public interface ExchangeProgrammes {

    /** A programme with its period and the partner cities (registry ids) whose administrations take part. */
    record PublicProgramme(
            String code,
            String nameDe,
            String nameEn,
            String descriptionDe,
            String descriptionEn,
            String fundingDe,
            String fundingEn,
            Integer startYear,
            Integer endYear,
            ProgrammeStatus status,
            List<Long> partnerCityIds) {

        public String name(Locale locale) {
            return Localized.pick(locale, nameDe, nameEn);
        }

        public String description(Locale locale) {
            return Localized.pick(locale, descriptionDe, descriptionEn);
        }

        public String funding(Locale locale) {
            return Localized.pick(locale, fundingDe, fundingEn);
        }
    }

    /** A call open for applications now, with its deadline in the call's own time zone. */
    record OpenCall(
            String programmeCode,
            String titleDe,
            String titleEn,
            java.time.LocalDateTime closes,
            String timeZone,
            java.time.LocalDate staysFrom,
            java.time.LocalDate staysTo,
            int minWeeks,
            int maxWeeks,
            List<String> languages) {

        public String title(Locale locale) {
            return Localized.pick(locale, titleDe, titleEn);
        }
    }

    /** Every programme, running ones first, then by start. */
    List<PublicProgramme> programmes();

    /** The calls open for applications now, the one closing first first. */
    List<OpenCall> openCalls();

    /** When a programme or call last changed, or a call opened or closed, for the public site's caches. */
    java.util.Optional<java.time.Instant> lastChange();

    /** A value that changes with every change to programmes and calls and whenever a call opens or closes. */
    String changeStamp();
}
