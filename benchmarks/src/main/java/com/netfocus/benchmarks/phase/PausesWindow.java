package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.GcPauses;

import java.time.Instant;
import java.util.Map;

/** One phase's wall-clock window and this JVM's collections within it. */
record PausesWindow(Instant from, GcPauses.Recorder own) {

    static PausesWindow open() {
        return new PausesWindow(Instant.now(), GcPauses.Recorder.start());
    }

    /** Every process's pauses within the window. */
    Map<String, GcPauses> close(BenchStack stack) {
        return stack.gcPauses(from, Instant.now(), own.stop());
    }
}
