package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jumelage.exchange.domain.EvaluationQuestion.Kind;
import org.jumelage.exchange.domain.EvaluationQuestion.Party;

/** A new question of a programme's evaluation, in German and English. */
record QuestionForm(
        @NotNull(message = "{question.error.party}") Party party,
        @NotNull(message = "{question.error.kind}") Kind kind,

        @NotBlank(message = "{question.error.text}") @Size(max = 500, message = "{question.error.textTooLong}")
        String textDe,

        @NotBlank(message = "{question.error.text}") @Size(max = 500, message = "{question.error.textTooLong}")
        String textEn)
        implements java.io.Serializable {}
