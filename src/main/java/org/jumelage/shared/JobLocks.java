package org.jumelage.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job at most once at a time across every instance on one database (ADR 0030): the job takes its
 * row in {@code shedlock} (ShedLock's JDBC provider, with the database's clock, so that the instances' clocks need not
 * agree) and gives it back when done; an instance that finds the row taken skips this run, as the other instance is
 * doing the work. A job that dies holds the lock at most {@code atMost}. Called explicitly, not through an annotation,
 * so that a job started from within its own bean (at start, say) is locked too.
 */
@Component
public class JobLocks {

    private final LockingTaskExecutor executor;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate newTransaction;
    private final io.micrometer.core.instrument.MeterRegistry metrics;

    JobLocks(
            DataSource dataSource,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactionManager,
            org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> metrics) {
        // ShedLock takes and gives back a lock in a short transaction of its own (REQUIRES_NEW on a transaction manager
        // of its own); the data source is wrapped as well, so that it can never be the connection a job's JPA
        // transaction holds, and a lock never waits for the job's commit.
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(
                                new org.springframework.jdbc.datasource.DelegatingDataSource(dataSource)))
                        .usingDbTime()
                        // The host name alone would let two instances on one host give back each other's lock.
                        .withLockedByValue(host() + "-" + java.util.UUID.randomUUID())
                        .build()));
        this.clock = clock;
        this.newTransaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.metrics = metrics.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown-host";
        }
    }

    /**
     * Runs the job in a transaction of its own, committed before the lock is given back (so that the next instance to
     * run it sees what this run did), unless another instance runs it now. For a job of one transaction; a job that
     * commits in batches takes {@link #once(String, Duration, Supplier)} and its own transactions.
     *
     * @return the job's result, or empty when it was skipped
     */
    public <T> Optional<T> onceInTransaction(String name, Duration atMost, Supplier<T> job) {
        return once(name, atMost, () -> newTransaction.execute(status -> job.get()));
    }

    /**
     * Runs the job unless another instance runs it now.
     *
     * @return the job's result, or empty when it was skipped
     */
    public <T> Optional<T> once(String name, Duration atMost, Supplier<T> job) {
        // jumelage.jobs{job, outcome=ran|skipped|failed}: how long each run took, how often another instance had it.
        io.micrometer.core.instrument.Timer.Sample sample = io.micrometer.core.instrument.Timer.start(metrics);
        String outcome = "failed";
        try {
            LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<T>) job::get,
                    new LockConfiguration(clock.instant(), name, atMost, Duration.ZERO));
            outcome = result.wasExecuted() ? "ran" : "skipped";
            return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("job " + name + " failed", e);
        } finally {
            sample.stop(io.micrometer.core.instrument.Timer.builder("jumelage.jobs")
                    .description("Scheduled jobs' runs by job and outcome (skipped: another instance ran it)")
                    .tag("job", name)
                    .tag("outcome", outcome)
                    .register(metrics));
        }
    }

    /** Like {@link #once(String, Duration, Supplier)} for a job without a result. */
    public boolean once(String name, Duration atMost, Runnable job) {
        return once(name, atMost, () -> {
                    job.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }
}
