package com.netfocus.benchmarks.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpRuleTest {

    private final WarmUpRule rule = WarmUpRule.capped(Duration.ofSeconds(120));

    @Test
    void flatWhenTheLastThreeWindowsAgreeAndNoLongerRise() {
        assertThat(rule.flat(List.of(100.0, 200.0, 290.0, 300.0, 310.0, 305.0, 300.0, 295.0))).isTrue();
    }

    @Test
    void notFlatWhileTheLastThreeWindowsDifferByMoreThanATenth() {
        assertThat(rule.flat(List.of(300.0, 300.0, 300.0, 300.0, 330.0, 290.0))).isFalse();
    }

    @Test
    void notFlatWhileStillClimbingThoughTheLastThreeAgree() {
        // each window within 10 % of the others, yet 20 % above the three before: the JIT is still at work
        assertThat(rule.flat(List.of(100.0, 105.0, 110.0, 125.0, 130.0, 132.0))).isFalse();
    }

    @Test
    void needsTwiceTheFlatWindowsAndAnyThroughputAtAll() {
        assertThat(rule.flat(List.of(300.0, 300.0, 300.0, 300.0, 300.0))).isFalse();
        assertThat(rule.flat(List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0))).isFalse();
    }
}
