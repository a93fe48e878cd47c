package org.jumelage.feedback.web;

import static org.jumelage.testing.ListPageStatements.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jumelage.feedback.domain.FeedbackDetails;
import org.jumelage.feedback.domain.FeedbackService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.ListPageStatements;
import org.jumelage.testing.StatementCountTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The administrators' feedback inbox runs as many SQL statements for three times the messages. */
@StatementCountTest
class FeedbackStatementsTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    FeedbackService feedback;

    @Test
    void theInbox() throws Exception {
        JumelageUser admin = accounts.loadUser("admin").orElseThrow();
        ListPageStatements.check(
                mvc,
                count -> {
                    List<String> messages = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        int n = 1000 + SEQUENCE.incrementAndGet();
                        String message = "Meldung " + n + "x";
                        // A client address of its own: the hourly limit counts per address.
                        feedback.submit(
                                new FeedbackDetails(message, "/de/aktuelles", "Besucherin", "besucherin@example.org"),
                                Locale.GERMAN,
                                "192.0.2." + (n % 250));
                        messages.add(message);
                    }
                    return messages;
                },
                page("/office/feedback", () -> get("/office/feedback").with(user(admin))),
                page(
                        "/office/feedback?show=all",
                        () -> get("/office/feedback").param("show", "all").with(user(admin))));
    }
}
