package com.netfocus.benchmarks.soak;

import com.netfocus.benchmarks.soak.SoakVerdict.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SoakVerdictTest {

    private static final double WARM_UP = 120;

    @Test
    void growthIsMeasuredFromTheFirstSampleAfterTheWarmUpNotFromTheStart() {
        // the start-up climb (300 -> 500) is warm-up; after it, 500 -> 540 is 8 %
        List<Sample> samples = List.of(new Sample(0, 300), new Sample(60, 450), new Sample(120, 500),
                new Sample(300, 520), new Sample(600, 540));

        SoakVerdict.Growth growth = SoakVerdict.growth(samples, WARM_UP, 10);

        assertThat(growth.reference()).isEqualTo(500);
        assertThat(growth.end()).isEqualTo(540);
        assertThat(growth.percent()).isCloseTo(8.0, within(1e-9));
        assertThat(growth.flat()).isTrue();
    }

    @Test
    void growthOverTheLimitIsNotFlat() {
        List<Sample> samples = List.of(new Sample(125, 500), new Sample(600, 551));

        SoakVerdict.Growth growth = SoakVerdict.growth(samples, WARM_UP, 10);

        assertThat(growth.percent()).isCloseTo(10.2, within(1e-9));
        assertThat(growth.flat()).isFalse();
    }

    @Test
    void exactlyTheLimitIsStillFlatAndShrinkingIsFlat() {
        assertThat(SoakVerdict.growth(List.of(new Sample(120, 500), new Sample(600, 550)), WARM_UP, 10).flat())
                .isTrue();
        assertThat(SoakVerdict.growth(List.of(new Sample(120, 500), new Sample(600, 400)), WARM_UP, 10).flat())
                .isTrue();
    }

    @Test
    void noVerdictWithoutASampleAfterTheWarmUpOrWithOnlyOne() {
        assertThat(SoakVerdict.growth(List.of(new Sample(0, 300), new Sample(60, 900)), WARM_UP, 10).flat())
                .isNull();
        assertThat(SoakVerdict.growth(List.of(new Sample(0, 300), new Sample(130, 900)), WARM_UP, 10).flat())
                .isNull();
        assertThat(SoakVerdict.growth(List.of(), WARM_UP, 10).flat()).isNull();
    }

    @Test
    void aMissingMeasurementAfterTheWarmUpIsSkippedForTheReference() {
        List<Sample> samples = List.of(new Sample(120, Double.NaN), new Sample(180, 200), new Sample(600, 210));

        SoakVerdict.Growth growth = SoakVerdict.growth(samples, WARM_UP, 10);

        assertThat(growth.reference()).isEqualTo(200);
        assertThat(growth.flat()).isTrue();
    }

    @Test
    void lagComparesTheLastMinuteWithTheFirstAfterTheWarmUp() {
        // minutes 1-2 warm-up (slow, ignored); minute 3 reference 40 ms; the last 70 ms: within 2x
        List<Double> p99 = List.of(900.0, 300.0, 40.0, 50.0, 70.0);

        SoakVerdict.LagTrend trend = SoakVerdict.lag(p99, 0, 2, 2.0, 20);

        assertThat(trend.referenceP99()).isEqualTo(40);
        assertThat(trend.lastP99()).isEqualTo(70);
        assertThat(trend.flat()).isTrue();
    }

    @Test
    void lagThatKeepsGrowingIsNotFlat() {
        List<Double> p99 = List.of(50.0, 50.0, 40.0, 120.0, 400.0);

        assertThat(SoakVerdict.lag(p99, 0, 2, 2.0, 100).flat()).isFalse();
    }

    @Test
    void smallLagsWithinTheSlackAreFlatEvenWhenTheRatioIsLarge() {
        // 8 ms -> 30 ms is almost 4x, yet noise at that size
        List<Double> p99 = List.of(8.0, 8.0, 8.0, 30.0);

        assertThat(SoakVerdict.lag(p99, 0, 2, 2.0, 100).flat()).isTrue();
    }

    @Test
    void lagSkipsMinutesWithoutProbesAndHasNoVerdictWithoutThem() {
        assertThat(SoakVerdict.lag(List.of(1.0, 1.0, Double.NaN, 40.0, 50.0, Double.NaN), 0, 2, 2.0, 0).flat())
                .isTrue();
        assertThat(SoakVerdict.lag(List.of(1.0, 1.0, Double.NaN), 0, 2, 2.0, 0).flat()).isNull();
    }

    @Test
    void aProbeThatNeverSawItsChangeAfterTheWarmUpMakesTheLagNotFlatWhateverThePercentiles() {
        List<Double> p99 = List.of(900.0, 300.0, 40.0, 40.0);

        assertThat(SoakVerdict.lag(p99, 1, 2, 2.0, 100).flat()).isFalse();
    }

    @Test
    void anyFailedAnswerIsAnError() {
        assertThat(SoakVerdict.noErrors(0)).isTrue();
        assertThat(SoakVerdict.noErrors(1)).isFalse();
        assertThat(SoakVerdict.word(null)).isEqualTo("n/a");
        assertThat(SoakVerdict.word(true)).isEqualTo("PASS");
        assertThat(SoakVerdict.word(false)).isEqualTo("MISS");
    }
}
