package org.jumelage.exchange.domain;

/** An application has waited long enough for its approver to be reminded; published with the reminder's mark. */
record ApprovalReminderDue(long applicationId) {}
