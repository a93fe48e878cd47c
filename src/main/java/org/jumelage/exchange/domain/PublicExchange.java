package org.jumelage.exchange.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jumelage.exchange.ExchangeProgrammes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class PublicExchange implements ExchangeProgrammes {

    private final ProgrammeService programmes;
    private final CallService calls;
    private final EvaluationRequestRepository evaluations;
    private final org.jumelage.people.Organisation organisation;

    PublicExchange(
            ProgrammeService programmes,
            CallService calls,
            EvaluationRequestRepository evaluations,
            org.jumelage.people.Organisation organisation) {
        this.programmes = programmes;
        this.calls = calls;
        this.evaluations = evaluations;
        this.organisation = organisation;
    }

    @Override
    public List<PublicFigures> figures() {
        Map<Long, List<YearCount>> perYear = new java.util.HashMap<>();
        Map<Long, Long> totals = new java.util.HashMap<>();
        for (Object[] row : evaluations.participantsPerYear()) {
            long programme = ((Number) row[0]).longValue();
            long count = ((Number) row[2]).longValue();
            perYear.computeIfAbsent(programme, p -> new java.util.ArrayList<>())
                    .add(new YearCount(((Number) row[1]).intValue(), count < SMALLEST ? null : count));
            totals.merge(programme, count, Long::sum);
        }
        Map<Long, Object[]> hostsAndMarks = new java.util.HashMap<>();
        for (Object[] row : evaluations.hostsAndMarks()) {
            hostsAndMarks.put(((Number) row[0]).longValue(), row);
        }
        return programmes.all().stream()
                .filter(p -> perYear.containsKey(p.getId()))
                .map(p -> {
                    Object[] row = hostsAndMarks.get(p.getId());
                    long hosts = row == null ? 0 : ((Number) row[1]).longValue();
                    long sum = row == null ? 0 : ((Number) row[2]).longValue();
                    long marks = row == null ? 0 : ((Number) row[3]).longValue();
                    long markers = row == null ? 0 : ((Number) row[4]).longValue();
                    // Two people's marks, however many, would be two people's opinion: shown from three people on.
                    java.math.BigDecimal mean = markers < SMALLEST
                            ? null
                            : java.math.BigDecimal.valueOf(sum)
                                    .divide(java.math.BigDecimal.valueOf(marks), 1, java.math.RoundingMode.HALF_UP);
                    long total = totals.get(p.getId());
                    boolean shown = total >= SMALLEST;
                    return new PublicFigures(
                            p.getCode(), perYear.get(p.getId()), shown ? total : null, shown ? hosts : null, mean);
                })
                .toList();
    }

    @Override
    public org.springframework.data.domain.Page<ExperienceReport> reports(int page, int size) {
        Map<Long, String> codes =
                programmes.all().stream().collect(Collectors.toMap(Programme::getId, Programme::getCode));
        Map<Long, org.jumelage.people.UnitRef> units = organisation.unitsById();
        return evaluations
                .published(org.springframework.data.domain.PageRequest.of(Math.max(0, page), size))
                .map(r -> {
                    org.jumelage.people.UnitRef host = units.get(r.getHostAdministrationId());
                    return new ExperienceReport(
                            codes.get(r.getProgrammeId()),
                            r.getYear(),
                            host == null ? "" : host.nameDe(),
                            host == null ? "" : host.nameEn(),
                            r.getReport());
                });
    }

    @Override
    public List<PublicProgramme> programmes() {
        return programmes.publicProgrammes();
    }

    @Override
    public List<OpenCall> openCalls() {
        Map<Long, String> codes =
                programmes.all().stream().collect(Collectors.toMap(Programme::getId, Programme::getCode));
        return calls.open().stream()
                .map(call -> new OpenCall(
                        call.getId(),
                        codes.get(call.getProgrammeId()),
                        call.getTitleDe(),
                        call.getTitleEn(),
                        call.closesLocal(),
                        call.getTimeZone(),
                        call.getStaysFrom(),
                        call.getStaysTo(),
                        call.getMinWeeks(),
                        call.getMaxWeeks(),
                        call.getLanguages().stream().sorted().toList()))
                .toList();
    }

    @Override
    public String changeStamp() {
        Object[] evaluated = evaluations.stamp().getFirst();
        return programmes.changeStamp() + "/" + calls.changeStamp() + "/" + evaluated[0] + "@" + evaluated[1];
    }

    @Override
    public Optional<Instant> lastChange() {
        Object[] evaluated = evaluations.stamp().getFirst();
        Optional<Instant> lastEvaluation = Optional.ofNullable((Instant) evaluated[1]);
        return Stream.of(programmes.lastChange(), calls.lastChange(), lastEvaluation)
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }
}
