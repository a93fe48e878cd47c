package org.jumelage.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jumelage.activities.ActivityLookup;
import org.jumelage.exchange.domain.EvaluationQuestion.Kind;
import org.jumelage.exchange.domain.EvaluationQuestion.Party;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.SiteProperties;
import org.jumelage.shared.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's impact in a year, for the office, funders and parliament (ADR 0024): participants per partner
 * administration, per Berlin administration and by length of stay; how many of each party answered; the marks given
 * to each question; what was learned and taken into daily work; the follow-up projects. Every figure comes from a
 * query over the evaluation requests, which keep what they count after the stays' personal data is erased.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeImpact {

    /** The most text answers the view and its exports show for a year. */
    static final int MAX_TEXTS = 500;

    /** Lengths of stay, in weeks, as the view groups them: up to 4, 5 to 8, 9 to 12, more than 12. */
    static final int[] LENGTH_BANDS = {4, 8, 12};

    public record Count(String label, long count) {}

    public record Returns(Party party, long asked, long answered) {}

    /** The marks of one question: how often each of 1 to 5 was given, and their mean (one decimal). */
    public record Marks(EvaluationQuestion question, long[] counts, long total, BigDecimal mean) {
        public long count(int points) {
            return counts[points - 1];
        }

        /** The share of a mark among all marks of the question, in whole percent: a bar's length. */
        public int percent(int points) {
            return total == 0 ? 0 : (int) (100 * counts[points - 1] / total);
        }
    }

    public record Texts(EvaluationQuestion question, List<String> answers) {}

    public record Impact(
            Programme programme,
            int year,
            long participants,
            List<Count> byHost,
            List<Count> byBerlinAdministration,
            List<Count> byLength,
            List<Returns> returns,
            List<Marks> marks,
            List<Texts> texts,
            List<ActivityLookup.ActivityRef> followUps) {

        /** The largest count of a list: the scale of its bars. */
        public long largest(List<Count> counts) {
            return counts.stream().mapToLong(Count::count).max().orElse(0);
        }
    }

    private final EvaluationRequestRepository requests;
    private final EvaluationQuestionRepository questions;
    private final FollowUpRepository followUps;
    private final ProgrammeRepository programmes;
    private final Organisation organisation;
    private final ActivityLookup activities;
    private final ExchangeAccess access;
    private final MessageSource messages;
    private final org.jumelage.shared.PdfPapers pdf;
    private final Clock clock;
    private final String operator;

    ProgrammeImpact(
            EvaluationRequestRepository requests,
            EvaluationQuestionRepository questions,
            FollowUpRepository followUps,
            ProgrammeRepository programmes,
            Organisation organisation,
            ActivityLookup activities,
            ExchangeAccess access,
            MessageSource messages,
            org.jumelage.shared.PdfPapers pdf,
            Clock clock,
            SiteProperties site) {
        this.requests = requests;
        this.questions = questions;
        this.followUps = followUps;
        this.programmes = programmes;
        this.organisation = organisation;
        this.activities = activities;
        this.access = access;
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
        this.operator = site.operator();
    }

    public Impact of(long programmeId, int year, Locale locale) {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("the office reads the impact");
        }
        Programme programme = programmes
                .findById(programmeId)
                .orElseThrow(() -> new org.jumelage.shared.NotFound("programme", programmeId));
        Map<Long, UnitRef> units = organisation.unitsById();
        Map<Long, UnitRef> administrations = organisation.administrations();
        Map<String, Long> byHost = new TreeMap<>();
        Map<String, Long> byBerlin = new TreeMap<>();
        Map<Integer, Long> byLength = new TreeMap<>();
        long participants = 0;
        for (Object[] row : requests.participants(programmeId, year)) {
            long count = ((Number) row[3]).longValue();
            participants += count;
            byHost.merge(name(units.get(((Number) row[0]).longValue()), locale), count, Long::sum);
            byBerlin.merge(name(administrations.get(((Number) row[1]).longValue()), locale), count, Long::sum);
            byLength.merge(band(((Number) row[2]).intValue()), count, Long::sum);
        }
        List<Count> lengths = new ArrayList<>();
        for (int band = 0; band <= LENGTH_BANDS.length; band++) {
            lengths.add(new Count(
                    messages.getMessage("impact.length." + band, null, locale), byLength.getOrDefault(band, 0L)));
        }
        Map<Party, Returns> returns = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            returns.put(party, new Returns(party, 0, 0));
        }
        for (Object[] row : requests.returns(programmeId, year)) {
            Party party = (Party) row[0];
            returns.put(party, new Returns(party, ((Number) row[1]).longValue(), number(row[2])));
        }
        List<EvaluationQuestion> asked = questions.findByProgrammeIdOrderByPartyAscPositionAscIdAsc(programmeId);
        Map<Long, long[]> points = new LinkedHashMap<>();
        for (Object[] row : requests.points(programmeId, year)) {
            int mark = ((Number) row[1]).intValue();
            if (mark >= 1 && mark <= 5) {
                points.computeIfAbsent(((Number) row[0]).longValue(), q -> new long[5])[mark - 1] +=
                        ((Number) row[2]).longValue();
            }
        }
        Map<Long, List<String>> texts = new LinkedHashMap<>();
        for (Object[] row : requests.texts(programmeId, year, MAX_TEXTS)) {
            texts.computeIfAbsent(((Number) row[0]).longValue(), q -> new ArrayList<>())
                    .add((String) row[1]);
        }
        List<Marks> marks = new ArrayList<>();
        List<Texts> answers = new ArrayList<>();
        for (EvaluationQuestion question : asked) {
            if (question.getKind() == Kind.SCALE) {
                long[] counts = points.getOrDefault(question.getId(), new long[5]);
                if (!question.isRetired() || points.containsKey(question.getId())) {
                    marks.add(marks(question, counts));
                }
            } else if (texts.containsKey(question.getId())) {
                answers.add(new Texts(question, texts.get(question.getId())));
            }
        }
        List<FollowUp> notes = followUps.findByProgrammeIdAndYearOrderByNotedAtAsc(programmeId, year);
        Map<Long, ActivityLookup.ActivityRef> named = activities.activities(
                notes.stream().map(FollowUp::getActivityId).distinct().toList());
        List<ActivityLookup.ActivityRef> projects = named.values().stream()
                .sorted(Comparator.comparing(
                        ActivityLookup.ActivityRef::startDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Impact(
                programme,
                year,
                participants,
                counts(byHost),
                counts(byBerlin),
                lengths,
                List.copyOf(returns.values()),
                marks,
                answers,
                projects);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Marks marks(EvaluationQuestion question, long[] counts) {
        long total = 0;
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            total += counts[i];
            sum += counts[i] * (i + 1);
        }
        BigDecimal mean =
                total == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return new Marks(question, counts, total, mean);
    }

    private static int band(int weeks) {
        for (int i = 0; i < LENGTH_BANDS.length; i++) {
            if (weeks <= LENGTH_BANDS[i]) {
                return i;
            }
        }
        return LENGTH_BANDS.length;
    }

    private static String name(UnitRef unit, Locale locale) {
        return unit == null ? "?" : unit.name(locale);
    }

    /** By count, largest first; equal counts by name. */
    private static List<Count> counts(Map<String, Long> byName) {
        return byName.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label))
                .toList();
    }

    // ---------------------------------------------------------------- exports

    /** The impact as one sheet: a section, a label and a value per row, every figure of the view. */
    public Spreadsheet spreadsheet(Impact impact, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        String name = impact.programme().name(locale);
        rows.add(List.of(text("impact.programme", locale), name, ""));
        rows.add(List.of(text("impact.year", locale), String.valueOf(impact.year()), ""));
        rows.add(List.of(text("impact.participants", locale), "", String.valueOf(impact.participants())));
        impact.byHost()
                .forEach(c -> rows.add(List.of(text("impact.byHost", locale), c.label(), String.valueOf(c.count()))));
        impact.byBerlinAdministration()
                .forEach(c -> rows.add(List.of(text("impact.byBerlin", locale), c.label(), String.valueOf(c.count()))));
        impact.byLength()
                .forEach(c -> rows.add(List.of(text("impact.byLength", locale), c.label(), String.valueOf(c.count()))));
        for (Returns r : impact.returns()) {
            rows.add(List.of(
                    text("impact.returns", locale),
                    text("evaluationParty." + r.party(), locale),
                    r.answered() + " / " + r.asked()));
        }
        for (Marks m : impact.marks()) {
            for (int points = 1; points <= 5; points++) {
                rows.add(List.of(
                        m.question().text(locale),
                        text("impact.points", locale, points),
                        String.valueOf(m.count(points))));
            }
            rows.add(List.of(
                    m.question().text(locale),
                    text("impact.mean", locale),
                    m.mean() == null ? "" : m.mean().toPlainString()));
        }
        for (Texts t : impact.texts()) {
            t.answers().forEach(a -> rows.add(List.of(t.question().text(locale), "", a)));
        }
        impact.followUps()
                .forEach(a -> rows.add(List.of(
                        text("impact.followUps", locale),
                        a.title(locale),
                        a.startDate() == null ? "" : a.startDate().toString())));
        return new Spreadsheet(
                text("impact.sheet", locale),
                List.of(
                        text("impact.column.section", locale),
                        text("impact.column.label", locale),
                        text("impact.column.value", locale)),
                rows);
    }

    /** The impact as an accessible PDF (PDF/UA) in the reader's language, naming the operator. */
    public byte[] pdf(Impact impact, Locale locale) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("impact", impact);
        variables.put("operatorLines", List.of(operator.split("\n")));
        variables.put("issuedOn", java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Berlin"))));
        variables.put("dates", new StayPapers.PaperDates(locale));
        return pdf.render("impact", locale, variables);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
