package com.netfocus.benchmarks.soak;

import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.soak.SoakVerdict.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SoakVerdictTest {

    private static final double WARM_UP = 120;

    @Test
    void growthIsTheTrendAfterTheWarmUpNotFromTheStart() {
        // the start-up climb (300 -> 500) is warm-up; after it, a straight 500 -> 540 is 8 %
        List<Sample> samples = List.of(new Sample(0, 300), new Sample(60, 450), new Sample(120, 500),
                new Sample(360, 520), new Sample(600, 540));

        SoakVerdict.Growth growth = SoakVerdict.growth(samples, WARM_UP, 10);

        assertThat(growth.reference()).isCloseTo(500, within(1e-9));
        assertThat(growth.end()).isCloseTo(540, within(1e-9));
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
    void aSteadyClimbIsNotFlatEvenWhenTheLastSampleDips() {
        // +10 per minute from 400, the last sample caught just after a collection
        List<Sample> samples = List.of(new Sample(120, 400), new Sample(180, 410), new Sample(240, 420),
                new Sample(300, 430), new Sample(360, 440), new Sample(420, 450), new Sample(480, 460),
                new Sample(540, 470), new Sample(600, 420));

        SoakVerdict.Growth growth = SoakVerdict.growth(samples, WARM_UP, 10);

        assertThat(growth.percent()).isGreaterThan(10);
        assertThat(growth.flat()).isFalse();
    }

    @Test
    void oneLowSampleRightAfterTheWarmUpDoesNotMakeAFlatSeriesGrow() {
        // level at about 470, the first sample after the warm-up caught just after a collection
        List<Sample> samples = List.of(new Sample(120, 403), new Sample(180, 480), new Sample(240, 470),
                new Sample(300, 465), new Sample(360, 475), new Sample(420, 470), new Sample(480, 468),
                new Sample(540, 472), new Sample(600, 466));

        SoakVerdict.Growth growth = SoakVerdict.growth(samples, WARM_UP, 10);

        assertThat(growth.percent()).isLessThan(10);
        assertThat(growth.flat()).isTrue();
    }

    @Test
    void oneHighSampleAtTheEndDoesNotMakeAFlatSeriesGrow() {
        // run 20261126-160235, catalog heap after GC: level, then 62 MiB at 600 s and 39.8 MiB 1.5 s later
        List<Sample> samples = List.of(new Sample(120, 37.1), new Sample(180, 47.1), new Sample(240, 47.1),
                new Sample(300, 37.5), new Sample(360, 52.9), new Sample(420, 43.4), new Sample(480, 34.0),
                new Sample(540, 39.4), new Sample(600, 62.0), new Sample(601.5, 39.8));

        SoakVerdict.Growth growth = SoakVerdict.growth(samples, WARM_UP, 10);

        assertThat(growth.percent()).isLessThan(10);
        assertThat(growth.flat()).isTrue();
    }

    @Test
    void exactlyTheLimitIsStillFlatAndShrinkingIsFlat() {
        assertThat(SoakVerdict.growth(List.of(new Sample(120, 500), new Sample(600, 550)), WARM_UP, 10).flat())
                .isTrue();
        assertThat(SoakVerdict.growth(List.of(new Sample(120, 500), new Sample(600, 400)), WARM_UP, 10).flat())
                .isTrue();
    }

    @Test
    void noVerdictWithoutTwoSamplesAfterTheWarmUp() {
        assertThat(SoakVerdict.growth(List.of(new Sample(0, 300), new Sample(60, 900)), WARM_UP, 10).flat())
                .isNull();
        assertThat(SoakVerdict.growth(List.of(new Sample(0, 300), new Sample(130, 900)), WARM_UP, 10).flat())
                .isNull();
        assertThat(SoakVerdict.growth(List.of(), WARM_UP, 10).flat()).isNull();
    }

    @Test
    void aMissingMeasurementAfterTheWarmUpIsSkipped() {
        List<Sample> samples = List.of(new Sample(120, Double.NaN), new Sample(180, 200), new Sample(600, 210));

        SoakVerdict.Growth growth = SoakVerdict.growth(samples, WARM_UP, 10);

        assertThat(growth.reference()).isCloseTo(200, within(1e-9));
        assertThat(growth.flat()).isTrue();
    }

    @Test
    void lagComparesTheSecondHalfAfterTheWarmUpWithTheFirstPooled() {
        // minutes 1-2 warm-up (slow, ignored); minutes 3-4 pooled p99 40 ms, minutes 5-6 70 ms: within 2x
        List<Latencies> minutes = List.of(minute(900), minute(300), minute(40, 10), minute(30, 20), minute(70, 5),
                minute(60));

        SoakVerdict.LagTrend trend = SoakVerdict.lag(minutes, 2, 2.0, 20);

        assertThat(trend.referenceP99()).isEqualTo(40);
        assertThat(trend.referenceFirstMinute()).isEqualTo(3);
        assertThat(trend.referenceLastMinute()).isEqualTo(4);
        assertThat(trend.lastP99()).isEqualTo(70);
        assertThat(trend.lastFirstMinute()).isEqualTo(5);
        assertThat(trend.lastLastMinute()).isEqualTo(6);
        assertThat(trend.flat()).isTrue();
    }

    @Test
    void lagThatKeepsGrowingIsNotFlat() {
        List<Latencies> minutes = List.of(minute(50), minute(50), minute(40), minute(120), minute(400), minute(900));

        assertThat(SoakVerdict.lag(minutes, 2, 2.0, 100).flat()).isFalse();
    }

    @Test
    void oneSlowProbeAmongManyDoesNotDecideTheVerdict() {
        // the second half has one 300 ms probe among two hundred of about 20 ms: its p99 stays about 20 ms
        long[] usual = new long[100];
        java.util.Arrays.fill(usual, 20);
        long[] withOneSlow = usual.clone();
        withOneSlow[0] = 300;

        SoakVerdict.LagTrend trend = SoakVerdict.lag(List.of(minute(1), minute(usual), minute(usual),
                minute(withOneSlow), minute(usual)), 1, 2.0, 0);

        assertThat(trend.lastP99()).isEqualTo(20);
        assertThat(trend.flat()).isTrue();
    }

    @Test
    void smallLagsWithinTheSlackAreFlatEvenWhenTheRatioIsLarge() {
        // 8 ms -> 30 ms is almost 4x, yet noise at that size
        List<Latencies> minutes = List.of(minute(8), minute(8), minute(8), minute(30));

        assertThat(SoakVerdict.lag(minutes, 2, 2.0, 100).flat()).isTrue();
    }

    @Test
    void lagSkipsMinutesWithoutProbesAndHasNoVerdictWithoutTwo() {
        assertThat(SoakVerdict.lag(List.of(minute(1), minute(1), minute(), minute(40), minute(50), minute()), 2,
                2.0, 0).flat()).isTrue();
        assertThat(SoakVerdict.lag(List.of(minute(1), minute(1), minute(), minute(40)), 2, 2.0, 0).flat()).isNull();
    }

    @Test
    void aProbeThatNeverSawItsChangeAfterTheWarmUpMakesTheLagNotFlatWhateverThePercentiles() {
        Latencies timedOut = minute(40);
        timedOut.failure();

        SoakVerdict.LagTrend trend = SoakVerdict.lag(List.of(minute(900), minute(300), minute(40), timedOut), 2,
                2.0, 100);

        assertThat(trend.timedOut()).isEqualTo(1);
        assertThat(trend.flat()).isFalse();
    }

    private static Latencies minute(long... millis) {
        Latencies latencies = new Latencies();
        for (long value : millis) {
            latencies.record(value * 1_000_000);
        }
        return latencies;
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
