package org.jumelage.exchange.domain;

import java.util.List;

/** Evaluations that are due and unanswered: each party is reminded by mail. */
public record EvaluationDue(List<Long> requestIds) {}
