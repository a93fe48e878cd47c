package org.jumelage.exchange.domain;

import java.time.LocalDate;

/**
 * What a training agreement says (the Erasmus+ staff mobility agreement for training): the period of the training
 * without travel days, the working language, the objectives, the added value, the activities, the expected outcomes
 * and impact, and the commitments of the participant, the sending and the receiving administration.
 */
public record AgreementTerms(
        LocalDate periodFrom,
        LocalDate periodTo,
        String workingLanguage,
        String objectives,
        String addedValue,
        String activities,
        String outcomes,
        String participantCommitments,
        String sendingCommitments,
        String receivingCommitments) {

    /** The longest text of one field. */
    static final int MAX_TEXT = 4000;
}
