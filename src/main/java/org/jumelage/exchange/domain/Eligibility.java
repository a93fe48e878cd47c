package org.jumelage.exchange.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jumelage.exchange.CefrLevel;

/**
 * Whether an application may be given one of its chosen placements, and if not, the first rule it breaks: each language
 * the placement requires at its CEFR minimum; the placement's duration inside the period the supervisor released (the
 * period the application asked for, which the supervisor approved as it was submitted), the placement's period and
 * the call's window. Plain values; the allocation leaves ineligible choices out and tells the applicant why.
 */
final class Eligibility {

    private Eligibility() {}

    /** The rule a choice breaks. {@code language} and {@code level} only for a language requirement. */
    record Broken(String rule, String language, CefrLevel level) {

        static final String LANGUAGE = "LANGUAGE";
        static final String PERIOD = "PERIOD";
    }

    /**
     * The first rule the choice breaks, or nothing if the applicant is eligible for it; a stay may not begin before
     * {@code earliest} (today: nobody is placed in the past).
     */
    static Optional<Broken> check(Application application, Placement placement, Call call, LocalDate earliest) {
        for (LanguageSkill required : placement.getLanguages()) {
            boolean spoken = application.getLanguages().stream()
                    .anyMatch(s -> s.language().equals(required.language())
                            && s.level() != null
                            && s.level().atLeast(required.level()));
            if (!spoken) {
                return Optional.of(new Broken(Broken.LANGUAGE, required.language(), required.level()));
            }
        }
        if (stayStart(application, placement, call, earliest).isEmpty()) {
            return Optional.of(new Broken(Broken.PERIOD, null, null));
        }
        return Optional.empty();
    }

    /**
     * The first day of the stay: the earliest day, not before {@code earliest}, from which the placement's weeks lie
     * inside the released period, the placement's period and the call's window; nothing if they do not fit.
     */
    static Optional<LocalDate> stayStart(Application application, Placement placement, Call call, LocalDate earliest) {
        if (application.getPreferredFrom() == null || application.getPreferredTo() == null) {
            return Optional.empty();
        }
        LocalDate from = latest(application.getPreferredFrom(), placement.getPeriodFrom(), call.getStaysFrom());
        if (from.isBefore(earliest)) {
            from = earliest;
        }
        LocalDate to = earliest(application.getPreferredTo(), placement.getPeriodTo(), call.getStaysTo());
        long days = ChronoUnit.DAYS.between(from, to.plusDays(1));
        return days >= placement.getWeeks() * 7L ? Optional.of(from) : Optional.empty();
    }

    /** The last day of a stay of the placement's weeks from {@code start}. */
    static LocalDate stayEnd(LocalDate start, Placement placement) {
        return start.plusWeeks(placement.getWeeks()).minusDays(1);
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate min = a.isBefore(b) ? a : b;
        return min.isBefore(c) ? min : c;
    }
}
