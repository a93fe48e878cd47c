/**
 * Feedback from the public about barriers on the site: the form linked from the accessibility statement, the
 * administrators' inbox, a mail to every administrator per message, and deletion after the retention period or on the
 * sender's request (ADR 0037). Publishes {@link org.jumelage.feedback.FeedbackReceived}; uses {@code people}
 * (administrators' addresses), {@code mail} and {@code publicweb} (the public layout).
 */
@ApplicationModule(displayName = "Feedback")
package org.jumelage.feedback;

import org.springframework.modulith.ApplicationModule;
