package org.jumelage.activities.domain;

/** An activity's reminder is due; published in the same transaction that marks the activity reminded. */
record ActivityReminderDue(long activityId) {}
