package org.jumelage.shared;

import java.time.Duration;

/**
 * How long to wait before trying again: {@code first} after the first attempt, doubled for each further one, never
 * more than {@code atMost} (failed events, ADR 0032; waiting mails, ADR 0035).
 *
 * @param property the settings' prefix, named in the message when the values do not fit
 */
public record Backoff(String property, Duration first, Duration atMost) {

    public Backoff {
        if (first.isNegative() || atMost.compareTo(first) < 0) {
            throw new IllegalArgumentException(property + ".retry-after must be 0 or more and " + property
                    + ".retry-at-most at least as long; found " + first + " and " + atMost);
        }
    }

    /** The wait after this many attempts (1: after the first). */
    public Duration after(int attempts) {
        if (first.isZero()) {
            return first;
        }
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(atMost) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(atMost) > 0 ? atMost : wait;
    }
}
