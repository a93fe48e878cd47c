package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jumelage.exchange.domain.AgreementTerms;

/** The training agreement's form: its terms and the agreement's version the person loaded (none for a first one). */
record AgreementForm(
        @NotNull(message = "{agreement.error.period}")
        @org.springframework.format.annotation.DateTimeFormat(
                iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        LocalDate periodFrom,

        @NotNull(message = "{agreement.error.period}")
        @org.springframework.format.annotation.DateTimeFormat(
                iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        LocalDate periodTo,

        @NotBlank(message = "{agreement.error.language}") String workingLanguage,

        @NotBlank(message = "{agreement.error.required}") @Size(max = 4000, message = "{validation.tooLong}")
        String objectives,

        @NotBlank(message = "{agreement.error.required}") @Size(max = 4000, message = "{validation.tooLong}")
        String addedValue,

        @NotBlank(message = "{agreement.error.required}") @Size(max = 4000, message = "{validation.tooLong}")
        String activities,

        @NotBlank(message = "{agreement.error.required}") @Size(max = 4000, message = "{validation.tooLong}")
        String outcomes,

        @NotBlank(message = "{agreement.error.required}") @Size(max = 4000, message = "{validation.tooLong}")
        String participantCommitments,

        @NotBlank(message = "{agreement.error.required}") @Size(max = 4000, message = "{validation.tooLong}")
        String sendingCommitments,

        @NotBlank(message = "{agreement.error.required}") @Size(max = 4000, message = "{validation.tooLong}")
        String receivingCommitments,

        Long version)
        implements java.io.Serializable {

    AgreementTerms terms() {
        return new AgreementTerms(
                periodFrom,
                periodTo,
                workingLanguage,
                objectives,
                addedValue,
                activities,
                outcomes,
                participantCommitments,
                sendingCommitments,
                receivingCommitments);
    }

    static AgreementForm of(AgreementTerms t, Long version) {
        return new AgreementForm(
                t.periodFrom(),
                t.periodTo(),
                t.workingLanguage(),
                t.objectives(),
                t.addedValue(),
                t.activities(),
                t.outcomes(),
                t.participantCommitments(),
                t.sendingCommitments(),
                t.receivingCommitments(),
                version);
    }
}
