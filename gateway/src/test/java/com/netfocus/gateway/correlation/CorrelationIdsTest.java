package com.netfocus.gateway.correlation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdsTest {

    @Test
    void accepts_short_plain_ids() {
        assertThat(CorrelationIds.acceptOrCreate("abc-1.2:3_4")).isEqualTo("abc-1.2:3_4");
        String hundred = "a".repeat(100);
        assertThat(CorrelationIds.acceptOrCreate(hundred)).isEqualTo(hundred);
    }

    @Test
    void replaces_missing_long_or_unplain_ids() {
        assertThat(CorrelationIds.acceptOrCreate(null)).hasSize(36);
        assertThat(CorrelationIds.acceptOrCreate("")).hasSize(36);
        assertThat(CorrelationIds.acceptOrCreate("a".repeat(101))).hasSize(36);
        assertThat(CorrelationIds.acceptOrCreate("a b")).isNotEqualTo("a b");
        assertThat(CorrelationIds.acceptOrCreate("a\nlevel=ERROR")).doesNotContain("\n");
    }
}
