package com.netfocus.benchmarks.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoadResultTest {

    private static final Command DEFINE = new Command(Command.Kind.DEFINE_OBJECTIVE, "/p", null, null);

    @Test
    void combinedPhasesCountTheirCommandsOverTheirOwnTimeOnly() {
        LoadResult first = phase(100, 10, 1.0, 2.0);
        LoadResult second = phase(300, 30, 2.0, 3.0);

        LoadResult combined = LoadResult.combined(List.of(first, second));

        // 400 steady commands over 3 steady seconds; the time between the phases is not part of either
        assertThat(combined.commandsPerSecond()).isEqualTo(400 / 3.0);
        assertThat(combined.totalSeconds()).isEqualTo(5.0);
        assertThat(combined.latencies().count()).isEqualTo(400);
        assertThat(combined.latencies().summary().max()).isEqualTo(30.0);
        assertThat(combined.byKind().get(Command.Kind.DEFINE_OBJECTIVE).count()).isEqualTo(400);
    }

    @Test
    void refusalsOfEveryPhaseAreKept() {
        LoadResult first = phase(10, 1, 1.0, 1.0);
        first.record(DEFINE, new Answer(409, null, 0, 0), 0);
        LoadResult second = phase(10, 1, 1.0, 1.0);
        second.record(DEFINE, new Answer(409, null, 0, 0), 0);

        LoadResult combined = LoadResult.combined(List.of(first, second));

        assertThat(combined.failuresByStatus().get(409).get()).isEqualTo(2);
        assertThat(combined.latencies().failures()).isEqualTo(2);
        assertThat(combined.failureSamples()).hasSize(2);
    }

    private static LoadResult phase(int commands, long millis, double steadySeconds, double totalSeconds) {
        LoadResult phase = new LoadResult();
        for (int i = 0; i < commands; i++) {
            phase.record(DEFINE, new Answer(200, null, 0, 0), millis * 1_000_000);
        }
        phase.window(commands, steadySeconds, totalSeconds);
        return phase;
    }
}
