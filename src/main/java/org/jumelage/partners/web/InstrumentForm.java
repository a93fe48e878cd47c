package org.jumelage.partners.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.domain.InstrumentDetails;
import org.jumelage.shared.PartialDate;
import org.springframework.web.multipart.MultipartFile;

/** An agreement, declaration or other instrument of a relationship (sizes of {@code instrument}, V2). */
record InstrumentForm(
        @NotNull(message = "{validation.required}") InstrumentKind kind,

        @Min(value = 1000, message = "{date.error.year}") @Max(value = 2999, message = "{date.error.year}")
        Integer year,

        @Min(value = 1, message = "{date.error.month}") @Max(value = 12, message = "{date.error.month}")
        Integer month,

        @Min(value = 1, message = "{date.error.day}") @Max(value = 31, message = "{date.error.day}")
        Integer day,

        @Size(max = 200, message = "{validation.tooLong}") String place,

        @Size(max = 1000, message = "{validation.tooLong}") String signatories,

        @Size(max = 4000, message = "{validation.tooLong}") String summary,

        @Size(max = 500, message = "{validation.tooLong}") String source,

        MultipartFile document,
        long version) {

    static InstrumentForm empty(long version) {
        return new InstrumentForm(null, null, null, null, null, null, null, null, null, version);
    }

    static InstrumentForm of(InstrumentDetails details, long version) {
        PartialDate signed = details.signed();
        return new InstrumentForm(
                details.kind(),
                signed == null ? null : signed.year(),
                signed == null ? null : signed.month(),
                signed == null ? null : signed.day(),
                details.place(),
                details.signatories(),
                details.summary(),
                details.source(),
                null,
                version);
    }

    InstrumentDetails details(PartialDate signed) {
        return new InstrumentDetails(kind, signed, place, signatories, summary, source);
    }
}
