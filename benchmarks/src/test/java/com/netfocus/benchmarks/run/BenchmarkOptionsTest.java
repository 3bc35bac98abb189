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
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[]{"--platforms", "100"}, ROOT))
                .hasMessageContaining("probe platforms");
    }
}
