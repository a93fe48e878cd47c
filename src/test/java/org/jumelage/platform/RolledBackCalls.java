package org.jumelage.platform;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests of the tests that call every handler (the authorization matrix, the forms' bad input): each in a
 * transaction that is rolled back, so a change the handler makes leaves nothing behind, and each from a client
 * address of its own, so the sign-in, API and feedback limits per address never answer instead of the handler.
 */
final class RolledBackCalls {

    private final MockMvc mvc;
    private final TransactionTemplate transaction;
    private final AtomicInteger clients = new AtomicInteger();

    RolledBackCalls(MockMvc mvc, PlatformTransactionManager transactions) {
        this.mvc = mvc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What came of a request: MockMvc's result, or the failure that escaped it. */
    record Outcome(MvcResult result, Throwable failure) {

        /** The answer, or for a failure that escaped what the servlet container would answer: its error page, 500. */
        MockHttpServletResponse response() {
            if (result != null) {
                return result.getResponse();
            }
            MockHttpServletResponse failed = new MockHttpServletResponse();
            try {
                failed.sendError(500, rootCause().toString());
            } catch (IOException impossible) {
                throw new IllegalStateException(impossible);
            }
            return failed;
        }

        Throwable rootCause() {
            Throwable cause = failure;
            while (cause != null && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }

    Outcome perform(MockHttpServletRequestBuilder builder) {
        int client = clients.incrementAndGet();
        builder.with(request -> {
            request.setRemoteAddr("198.51." + (client / 250 % 250) + "." + (client % 250 + 1));
            return request;
        });
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                return new Outcome(mvc.perform(builder).andReturn(), null);
            } catch (Exception e) {
                return new Outcome(null, e);
            }
        });
    }
}
