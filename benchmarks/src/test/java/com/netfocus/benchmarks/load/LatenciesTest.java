package com.netfocus.benchmarks.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.record(ms * 1_000_000L);
        }
        latencies.failure();

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.failures()).isEqualTo(1);
        assertThat(summary.p50()).isEqualTo(50.0);
        assertThat(summary.p95()).isEqualTo(95.0);
        assertThat(summary.p99()).isEqualTo(99.0);
        assertThat(summary.max()).isEqualTo(100.0);
        assertThat(summary.mean()).isEqualTo(50.5);
    }

    @Test
    void pooledHoldsEveryDurationAndFailureOfItsParts() {
        Latencies first = new Latencies();
        Latencies second = new Latencies();
        for (int ms = 1; ms <= 50; ms++) {
            first.record(ms * 1_000_000L);
            second.record((ms + 50) * 1_000_000L);
        }
        second.failure();

        Latencies.Summary pooled = Latencies.pooled(java.util.List.of(first, second)).summary();

        assertThat(pooled.count()).isEqualTo(100);
        assertThat(pooled.failures()).isEqualTo(1);
        assertThat(pooled.p50()).isEqualTo(50.0);
        assertThat(pooled.p99()).isEqualTo(99.0);
        assertThat(first.count()).isEqualTo(50);
    }

    @Test
    void emptyHasNoPercentiles() {
        assertThat(new Latencies().summary().p99()).isNaN();
    }
}
