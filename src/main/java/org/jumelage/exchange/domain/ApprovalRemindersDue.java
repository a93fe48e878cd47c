package org.jumelage.exchange.domain;

import java.time.Instant;

/** A reminder run marked its applications with this instant; their approvers are due one mail each. */
record ApprovalRemindersDue(Instant remindedAt) {}
