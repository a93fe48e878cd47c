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

    /** Every programme, running ones first, then by start. */
    List<PublicProgramme> programmes();

    /** When a programme last changed, for the public site's caches. */
    java.util.Optional<java.time.Instant> lastChange();
}
