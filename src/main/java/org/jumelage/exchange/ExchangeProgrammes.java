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

    /**
     * A call open for applications now, with its deadline in the call's own time zone. {@code id} is the call's
     * stable identifier.
     */
    record OpenCall(
            long id,
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

    /**
     * A programme's anonymous figures for the public: completed stays per year (a year with fewer than {@link
     * #SMALLEST} is shown as such, never as its number), in all and at how many partner administrations (both null while
     * fewer than {@link #SMALLEST} stays were completed), and the mean mark participants gave (only once at least
     * {@link #SMALLEST} participants gave marks).
     */
    record PublicFigures(
            String code, List<YearCount> perYear, Long participants, Long hosts, java.math.BigDecimal satisfaction) {}

    /** Completed stays of a year; {@code count} is null where fewer than {@link #SMALLEST} would identify people. */
    record YearCount(int year, Long count) {}

    /** The smallest number the public sees as a number: below it, a count could point to a person. */
    int SMALLEST = 3;

    /** An experience report its author agreed to publish and the office published: no name, the host and the year. */
    record ExperienceReport(String programmeCode, int year, String hostDe, String hostEn, String text) {
        public String host(Locale locale) {
            return Localized.pick(locale, hostDe, hostEn);
        }
    }

    /** The figures of every programme that has any, in the order of {@link #programmes()}. */
    List<PublicFigures> figures();

    /** Published experience reports, newest first, a page of {@code size} at a time. */
    org.springframework.data.domain.Page<ExperienceReport> reports(int page, int size);

    /** Every programme, running ones first, then by start. */
    List<PublicProgramme> programmes();

    /** The calls open for applications now, the one closing first first. */
    List<OpenCall> openCalls();

    /** When a programme or call last changed, or a call opened or closed, for the public site's caches. */
    java.util.Optional<java.time.Instant> lastChange();

    /** A value that changes with every change to programmes and calls and whenever a call opens or closes. */
    String changeStamp();
}
