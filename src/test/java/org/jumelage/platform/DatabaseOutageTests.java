package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * While the database cannot be reached (here: every new connection refused, as a pool sees a database that is down),
 * readiness is DOWN, pages answer 503 with a page in both languages and the API a problem detail, never the 500 page;
 * once it answers again, the same requests succeed without a restart. (Stopping a real PostgreSQL under load is the
 * part of issue 16 still to come.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DatabaseOutageTests.Outage.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class DatabaseOutageTests {

    static final AtomicBoolean DOWN = new AtomicBoolean();

    /** The application's data source, refusing connections while {@link #DOWN} is set. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Outage {

        @Bean
        static BeanPostProcessor refusingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource source) || bean instanceof DelegatingDataSource) {
                        return bean;
                    }
                    return new DelegatingDataSource(source) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            if (DOWN.get()) {
                                throw new SQLTransientConnectionException("database down (test)");
                            }
                            return super.getConnection();
                        }
                    };
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @AfterEach
    void up() {
        DOWN.set(false);
    }

    private MockHttpServletResponse send(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void whileTheDatabaseIsDownEveryAnswerIsACleanUnavailableAndItRecoversByItself(
            org.springframework.boot.test.system.CapturedOutput log) throws Exception {
        JumelageUser viewer = accounts.loadUser("viewer").orElseThrow();
        viewer.eraseCredentials();
        assertThat(send(get("/office/partnerships").with(user(viewer))).getStatus())
                .isEqualTo(200);
        assertThat(send(get("/actuator/health/readiness")).getStatus()).isEqualTo(200);

        DOWN.set(true);
        MockHttpServletResponse page = send(get("/office/partnerships")
                .with(user(viewer))
                .header("X-Request-Id", "outage-test-1")
                .requestAttr(RequestIds.FORWARDED, true));
        assertThat(page.getStatus()).isEqualTo(503);
        // The log line says which request met the outage, and the answer names the same request.
        assertThat(page.getHeader("X-Request-Id")).isEqualTo("outage-test-1");
        assertThat(log.getOut()).containsPattern("WARN .*\\[outage-test-1\\] .*DatabaseUnavailable");
        // A browser's session is read from the database too: its cookie meets the same clean answer.
        MockHttpServletResponse signedIn = send(get("/office/partnerships")
                .cookie(new jakarta.servlet.http.Cookie(
                        "SESSION", "ZmE4ZTI0ZTQtNWQ4Mi00YjQ5LWIyZTAtOGM1Y2I2YWI0ZTMx")));
        assertThat(signedIn.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("30");
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Vorübergehend nicht erreichbar")
                .contains("Temporarily unavailable")
                .contains("lang=\"en\"");
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        MockHttpServletResponse api = send(get("/api/v1/partnerships"));
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("Nothing was changed");
        assertThat(send(get("/actuator/health/readiness")).getStatus())
                .as("not ready: a load balancer sends requests elsewhere")
                .isEqualTo(503);
        assertThat(send(get("/actuator/health/liveness")).getStatus())
                .as("alive: nothing to restart")
                .isEqualTo(200);

        DOWN.set(false);
        assertThat(send(get("/office/partnerships").with(user(viewer))).getStatus())
                .isEqualTo(200);
        assertThat(send(get("/api/v1/partnerships")).getStatus()).isEqualTo(200);
        assertThat(send(get("/actuator/health/readiness")).getStatus()).isEqualTo(200);
    }

    @Test
    void aMistakeInAQueryIsNoOutage() {
        assertThat(DatabaseUnavailable.databaseUnreachable(
                        new org.springframework.dao.InvalidDataAccessResourceUsageException("bad grammar")))
                .isFalse();
        assertThat(DatabaseUnavailable.databaseUnreachable(new jakarta.servlet.ServletException(
                        "wrapped", new org.springframework.transaction.CannotCreateTransactionException("no"))))
                .isTrue();
        // PostgreSQL stopped under load: the roll-back over the closed connection fails and hides the query's failure.
        assertThat(DatabaseUnavailable.databaseUnreachable(
                        new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
                                "Unable to rollback against JDBC Connection",
                                new java.sql.SQLException("Connection is closed")))))
                .isTrue();
        assertThat(DatabaseUnavailable.databaseUnreachable(
                        new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006")))
                .isTrue();
        // A commit the database refused for a reason of its own is a mistake to see, not an outage.
        assertThat(DatabaseUnavailable.databaseUnreachable(
                        new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
                                "Unable to commit against JDBC Connection",
                                new java.sql.SQLException("deferred constraint violated", "23503")))))
                .isFalse();
        assertThat(DatabaseUnavailable.databaseUnreachable(
                        new java.sql.SQLException("syntax error at or near \"selec\"", "42601")))
                .isFalse();
    }
}
