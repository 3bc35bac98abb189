package com.netfocus.support.planevents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSequenceGuardTest {

    @Test
    void aPlanStartsWithItsFirstEventAndNeverGoesBack() {
        assertThat(PlanSequenceGuard.mayApply(PlanSequenceGuard.NOTHING_APPLIED, 0)).as("a plan's first event").isTrue();
        assertThat(PlanSequenceGuard.mayApply(PlanSequenceGuard.NOTHING_APPLIED, 3)).as("ahead of a plan's first event").isFalse();
        assertThat(PlanSequenceGuard.mayApply(4, 5)).as("the next one").isTrue();
        assertThat(PlanSequenceGuard.mayApply(4, 4)).as("a redelivery").isFalse();
        assertThat(PlanSequenceGuard.mayApply(4, 2)).as("an outdated one").isFalse();
        assertThat(PlanSequenceGuard.mayApply(4, 6)).as("past one that was dead-lettered").isTrue();
    }
}
