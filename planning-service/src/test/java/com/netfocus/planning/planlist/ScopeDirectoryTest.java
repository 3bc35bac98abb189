package com.netfocus.planning.planlist;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A scope's directory counts the list and finds the weeks a page lies in, the latest first. */
class ScopeDirectoryTest {

    private static final ScopeDirectory DIRECTORY = new ScopeDirectory(Map.of(
            "2030-W01", new ScopeDirectory.BucketCounts(3, 1),
            "2030-W02", new ScopeDirectory.BucketCounts(0, 2),
            "2030-W05", new ScopeDirectory.BucketCounts(4, 0)));

    @Test
    void itCountsEveryPlanOrThoseOfAStatus() {
        assertThat(DIRECTORY.total(null)).isEqualTo(10);
        assertThat(DIRECTORY.total(ListStatus.OPEN)).isEqualTo(7);
        assertThat(DIRECTORY.total(ListStatus.CLOSED)).isEqualTo(3);
        assertThat(DIRECTORY.latestFirst()).containsExactly("2030-W05", "2030-W02", "2030-W01");
    }

    @Test
    void aPageNeedsOnlyTheWeeksItLiesIn() {
        assertThat(DIRECTORY.slice(null, 0, 3)).isEqualTo(new ScopeDirectory.Slice(List.of("2030-W05"), 0));
        assertThat(DIRECTORY.slice(null, 3, 3))
                .isEqualTo(new ScopeDirectory.Slice(List.of("2030-W05", "2030-W02"), 0));
        assertThat(DIRECTORY.slice(null, 5, 3))
                .isEqualTo(new ScopeDirectory.Slice(List.of("2030-W02", "2030-W01"), 4));
        assertThat(DIRECTORY.slice(null, 6, 3)).isEqualTo(new ScopeDirectory.Slice(List.of("2030-W01"), 6));
        // open plans only: the second week holds none, so it is passed over when the page starts after it
        assertThat(DIRECTORY.slice(ListStatus.OPEN, 4, 2))
                .isEqualTo(new ScopeDirectory.Slice(List.of("2030-W01"), 4));
        assertThat(DIRECTORY.slice(null, 10, 3)).isEqualTo(new ScopeDirectory.Slice(List.of(), 10));
    }
}
