package org.jumelage.feedback.domain;

/** What a visitor writes: the message, and optionally the page it concerns, their name and e-mail address. */
public record FeedbackDetails(String message, String page, String name, String email) {}
