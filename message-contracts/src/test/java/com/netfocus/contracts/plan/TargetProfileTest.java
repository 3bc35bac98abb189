package com.netfocus.contracts.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetProfileTest {

    @Test
    void profilesWrittenDifferentlyForTheSamePeopleNormaliseAlike() {
        assertThat(new TargetProfile(" CFO ", null, "Banking").normalised())
                .isEqualTo(new TargetProfile("cfo", "  ", "BANKING").normalised())
                .isEqualTo(new TargetProfile("cfo", "", "banking"));
        assertThat(new TargetProfile("CFO", "Senior", null).normalised())
                .isNotEqualTo(new TargetProfile("CFO", null, null).normalised());
    }
}
