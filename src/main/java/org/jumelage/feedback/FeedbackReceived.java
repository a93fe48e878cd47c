package org.jumelage.feedback;

/** A visitor sent a message about a barrier. */
public record FeedbackReceived(long feedbackId) {}
