package com.netfocus.benchmarks.run;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    private static final Path ROOT = Path.of("/project");

    @Test
    void defaultsAreTheReferenceScale() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[0], ROOT);

        assertThat(options.teams()).isEqualTo(20);
        assertThat(options.reps()).isEqualTo(400);
        assertThat(options.objectives()).isEqualTo(3);
        assertThat(options.targets()).isEqualTo(10);
        assertThat(options.choices()).isEqualTo(15);
        assertThat(options.attendances()).isEqualTo(8);
        assertThat(options.platforms()).isEqualTo(5000);
        assertThat(options.historySizes()).containsExactly(10, 100, 1000, 10000);
        assertThat(options.openLoopRate()).isZero();
        assertThat(options.replay()).isTrue();
        assertThat(options.resultsDirectory()).isEqualTo(ROOT.resolve("benchmarks/results"));
        assertThat(options.curveClients()).containsExactly(1, 2, 4, 8, 16, 32);
        assertThat(options.storeSizes()).containsExactly(10_000, 100_000, 1_000_000);
        assertThat(options.warmUpCapSeconds()).isEqualTo(90);
        assertThat(options.openLoopSeconds()).isEqualTo(90);
        assertThat(options.replayEvents()).isEqualTo(20_000);
        assertThat(options.jfr()).isTrue();
        assertThat(options.minimalApp() && options.curve() && options.twoInstances() && options.storeGrowth())
                .isTrue();
    }

    @Test
    void theNewPhasesHaveTheirScaleFlagsAndCanEachBeLeftOut() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[]{"--curve-clients", "1,8", "--store-sizes",
                "10_000, 1_000_000", "--store-fill-seconds", "0", "--warm-up-cap", "200", "--loop-seconds", "20",
                "--replay-events", "0", "--no-minimal-app", "--no-curve", "--no-two-instances", "--no-store-growth",
                "--no-jfr"}, ROOT);

        assertThat(options.curveClients()).containsExactly(1, 8);
        assertThat(options.storeSizes()).containsExactly(10_000, 1_000_000);
        assertThat(options.storeFillSeconds()).isZero();
        assertThat(options.warmUpCapSeconds()).isEqualTo(200);
        assertThat(options.loopSeconds()).isEqualTo(20);
        assertThat(options.replayEvents()).isZero();
        assertThat(options.minimalApp() || options.curve() || options.twoInstances() || options.storeGrowth()
                || options.jfr()).isFalse();
    }

    @Test
    void flagsChangeTheScaleAndSwitchPhasesOff() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[]{"--reps", "40", "--teams", "4",
                "--platforms", "1_000", "--history-sizes", "10, 100", "--no-replay", "--jfr"}, ROOT);

        assertThat(options.reps()).isEqualTo(40);
        assertThat(options.teams()).isEqualTo(4);
        assertThat(options.platforms()).isEqualTo(1000);
        assertThat(options.historySizes()).isEqualTo(List.of(10, 100));
        assertThat(options.replay()).isFalse();
        assertThat(options.jfr()).isTrue();
    }

    @Test
    void refusesUnknownFlagsAndImpossibleScales() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--repz", "4"}, ROOT))
                .hasMessageContaining("unknown option --repz");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--objectives", "4"}, ROOT))
                .hasMessageContaining("1 to 3 active objectives");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--attendances", "16"}, ROOT))
                .hasMessageContaining("only at chosen platforms");
        // 24 attendable slots of 10 profiles, 300 probes, a slot of 10 upcoming ones for each of 7 choices
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--platforms", "609"}, ROOT))
                .hasMessageContaining("must hold 610 platforms at least");
        assertThat(BenchmarkOptions.parse(new String[]{"--platforms", "610"}, ROOT).platforms()).isEqualTo(610);
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--curve-clients", "0,4"}, ROOT))
                .hasMessageContaining("client counts >= 1");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--loop-seconds", "0"}, ROOT))
                .hasMessageContaining("whole seconds >= 1");
    }
}
