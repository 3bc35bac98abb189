package com.netfocus.planning.eventstore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPlanCacheTest {

    @Test
    void keepsTheMostRecentlyUsedPlansUpToItsSizeAndSurvivesGarbageCollection() {
        BoundedPlanCache cache = new BoundedPlanCache(2);
        cache.put("plan-1", "one");
        cache.put("plan-2", "two");
        assertThat((String) cache.get("plan-1")).isEqualTo("one"); // plan-1 is now the most recently used
        cache.put("plan-3", "three");

        System.gc(); // held strongly: a collection does not empty it (the weak cache lost every entry here)
        assertThat(cache.containsKey("plan-1")).isTrue();
        assertThat(cache.containsKey("plan-2")).isFalse();
        assertThat(cache.containsKey("plan-3")).isTrue();
    }

    @Test
    void putIfAbsentAndRemoveSayWhatTheyDid() {
        BoundedPlanCache cache = new BoundedPlanCache(10);
        assertThat(cache.putIfAbsent("plan-1", "one")).isTrue();
        assertThat(cache.putIfAbsent("plan-1", "other")).isFalse();
        assertThat((String) cache.get("plan-1")).isEqualTo("one");
        assertThat(cache.remove("plan-1")).isTrue();
        assertThat(cache.remove("plan-1")).isFalse();
        assertThatThrownBy(() -> new BoundedPlanCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
