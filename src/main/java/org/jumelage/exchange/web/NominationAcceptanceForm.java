package org.jumelage.exchange.web;

import jakarta.validation.constraints.NotNull;

/** The host accepts a nominated guest with a mentor from the host unit (an account's id, {@code nomination.mentor_id}). */
record NominationAcceptanceForm(
        @NotNull(message = "{nomination.error.mentor}") Long mentorId, long version) implements java.io.Serializable {}
