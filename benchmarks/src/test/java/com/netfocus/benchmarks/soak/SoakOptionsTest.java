package com.netfocus.benchmarks.soak;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoakOptionsTest {

    private static final Path ROOT = Path.of("/project");

    @Test
    void defaultsAreTenMinutesAtHalfTheProbedMaximumOnAModestOrg() {
        SoakOptions options = SoakOptions.parse(new String[0], ROOT);

        assertThat(options.minutes()).isEqualTo(10);
        assertThat(options.rate()).isZero();
        assertThat(options.scale().reps()).isEqualTo(100);
        assertThat(options.scale().platforms()).isEqualTo(1000);
        assertThat(options.scale().probePlatforms()).isEqualTo(400);
    }

    @Test
    void ownFlagsAndTheBenchmarksScaleFlagsMix() {
        SoakOptions options = SoakOptions.parse(new String[]{"--minutes", "3", "--rate", "40", "--reps", "50",
                "--clients", "8", "--keep-data"}, ROOT);

        assertThat(options.minutes()).isEqualTo(3);
        assertThat(options.rate()).isEqualTo(40);
        assertThat(options.scale().reps()).isEqualTo(50);
        assertThat(options.scale().clients()).isEqualTo(8);
        assertThat(options.scale().keepData()).isTrue();
    }

    @Test
    void badFlagsAreRefusedWithTheSoakUsage() {
        assertThatThrownBy(() -> SoakOptions.parse(new String[]{"--minutes", "0"}, ROOT))
                .hasMessageContaining("./benchmark.sh soak");
        assertThatThrownBy(() -> SoakOptions.parse(new String[]{"--nonsense", "1"}, ROOT))
                .hasMessageContaining("unknown option --nonsense").hasMessageContaining("./benchmark.sh soak");
        assertThatThrownBy(() -> SoakOptions.parse(new String[]{"--rate"}, ROOT))
                .hasMessageContaining("--rate needs a value");
    }
}
