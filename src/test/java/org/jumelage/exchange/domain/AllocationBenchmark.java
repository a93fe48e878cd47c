package org.jumelage.exchange.domain;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The allocation at the size issue 13 names: 10,000 applicants with five choices each over 2,000 placements, with
 * quotas (`bench/allocation`, figures in docs/performance.md). The instance is made once per trial, as the
 * allocation's input is read once from the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationBenchmark {

    private DeferredAcceptanceTests.Instance instance;

    @Setup
    public void instance() {
        instance = DeferredAcceptanceTests.Instance.random(2027, 10_000, 2_000, 5);
    }

    @Benchmark
    public DeferredAcceptance.Outcome allocate() {
        return instance.allocate();
    }
}
