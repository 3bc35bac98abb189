package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.run.BenchmarkOptions;

import java.util.List;

/**
 * One phase of a benchmark run. The run measures every phase in turn, then asks each, in the same order, for its
 * figures: a figure may set a phase's result beside a raw limit that a later phase measures.
 */
public interface Phase {

    /** Whether the options ask for this phase (--no-replay, ... leave one out). */
    default boolean runsWith(BenchmarkOptions options) {
        return true;
    }

    /** The phases whose measurements this one builds on: it is skipped when one of them did not measure. */
    default List<Phase> builtOn() {
        return List.of();
    }

    /** Measures, recording what was measured in the run's JSON. */
    void measure(BenchmarkRun run) throws Exception;

    /** Adds this phase's figures to the report; called once every phase has measured. */
    void addFigures(BenchmarkRun run);
}
