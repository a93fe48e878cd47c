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

    PublicExchange(ProgrammeService programmes, CallService calls) {
        this.programmes = programmes;
        this.calls = calls;
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
        return programmes.changeStamp() + "/" + calls.changeStamp();
    }

    @Override
    public Optional<Instant> lastChange() {
        return Stream.of(programmes.lastChange(), calls.lastChange())
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }
}
