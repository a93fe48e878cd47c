package org.jumelage.exchange.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The call form. Opening and closing are local date-times in Berlin, as the call announces them. */
record CallForm(
        @NotNull(message = "{validation.required}") Long programmeId,

        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
        String titleDe,

        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}")
        String titleEn,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime opens,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime closes,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate staysFrom,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate staysTo,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{call.error.weeks}")
        @Max(value = 104, message = "{call.error.weeks}")
        Integer minWeeks,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{call.error.weeks}")
        @Max(value = 104, message = "{call.error.weeks}")
        Integer maxWeeks,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{call.error.retention}")
        @Max(value = 120, message = "{call.error.retention}")
        Integer retentionMonths,

        Set<Long> eligibleUnitIds,

        @Pattern(regexp = "^$|^[a-z]{2,3}(\\s*,\\s*[a-z]{2,3})*$", message = "{call.error.languages}")
        String languages,

        Long version)
        implements java.io.Serializable {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static CallForm empty() {
        return new CallForm(null, null, null, null, null, null, null, 4, 12, 24, Set.of(), "", null);
    }

    static CallForm of(Call call) {
        return new CallForm(
                call.getProgrammeId(),
                call.getTitleDe(),
                call.getTitleEn(),
                call.opensLocal(),
                call.closesLocal(),
                call.getStaysFrom(),
                call.getStaysTo(),
                call.getMinWeeks(),
                call.getMaxWeeks(),
                call.getRetentionMonths(),
                call.getEligibleUnitIds(),
                String.join(", ", call.getLanguages().stream().sorted().toList()),
                call.getVersion());
    }

    CallDetails details() {
        return new CallDetails(
                programmeId,
                titleDe,
                titleEn,
                opens,
                closes,
                BERLIN,
                staysFrom,
                staysTo,
                minWeeks,
                maxWeeks,
                retentionMonths,
                eligibleUnitIds == null ? Set.of() : withoutNulls(eligibleUnitIds),
                languages == null || languages.isBlank()
                        ? Set.of()
                        : Arrays.stream(languages.split(","))
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .collect(Collectors.toSet()));
    }

    /** An empty checkbox value arrives as null; it means nothing was chosen there. */
    private static <T> Set<T> withoutNulls(Set<T> values) {
        return values.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    }
}
