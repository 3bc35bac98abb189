package com.netfocus.reconciliation;

import org.junit.jupiter.api.Test;

import java.util.TreeSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RangesTest {

    @Test
    void runs_become_ranges_and_single_sequences_stay_single() {
        assertThat(Ranges.of(new TreeSet<>(List.of(0L, 1L, 2L, 4L, 6L, 7L)))).isEqualTo("0-2, 4, 6-7");
        assertThat(Ranges.of(new TreeSet<>())).isEqualTo("none");
    }
}
