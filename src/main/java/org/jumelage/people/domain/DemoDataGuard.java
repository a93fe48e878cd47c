package org.jumelage.people.domain;

import java.sql.Timestamp;
import java.time.Clock;
import org.jumelage.people.DemoData;
import org.jumelage.people.DemoMode;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks at every start, right after the migrations and before the web server takes a request: a database other
 * than the embedded H2 that holds the demo data starts only where demo data was asked for by name, since its demo
 * logins would otherwise be live on a real installation. Records that the demo data was loaded; only where it was
 * do the other modules' loaders add theirs, and does every page say so.
 */
@Component
@DependsOn("flywayInitializer")
class DemoDataGuard implements DemoMode, InitializingBean {

    static final String FACT = "demo-data";

    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final Clock clock;
    private volatile boolean demoInstance;

    DemoDataGuard(JdbcTemplate jdbc, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        boolean present = recorded();
        String url = jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getURL());
        boolean embedded = DemoData.On.embedded(url);
        if (present && !embedded && !DemoData.On.explicitly(environment)) {
            throw new IllegalStateException("This database holds Jumelage's demo data with its demo logins. Jumelage"
                    + " starts on it only with jumelage.demo-data.enabled=true (a demo installation); for real use,"
                    + " start on a database without demo data.");
        }
        demoInstance = present;
    }

    @Override
    public boolean isDemoInstance() {
        return demoInstance;
    }

    boolean recorded() {
        Integer count =
                jdbc.queryForObject("select count(*) from installation_fact where name = ?", Integer.class, FACT);
        return count != null && count > 0;
    }

    /** Called in the transaction that loads the demo organisation and its logins. */
    void recordLoaded() {
        if (!recorded()) {
            jdbc.update(
                    "insert into installation_fact (name, recorded_at) values (?, ?)",
                    FACT,
                    Timestamp.from(clock.instant()));
        }
        demoInstance = true;
    }
}
