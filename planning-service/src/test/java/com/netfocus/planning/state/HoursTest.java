package com.netfocus.planning.state;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HoursTest {

    private static final Instant SIX = Instant.parse("2030-04-10T18:00:00Z");

    @Test
    void hoursCountToTheSecond() {
        assertThat(Hours.between(SIX, SIX.plusSeconds(5400))).isEqualTo(1.5);
        assertThat(Hours.ofMinutes(90)).isEqualTo(1.5);
    }

    @Test
    void minutesCountOnlyForward() {
        assertThat(Hours.minutesFromTo(SIX, SIX.plusSeconds(45 * 60 + 59))).isEqualTo(45);
        assertThat(Hours.minutesFromTo(SIX, SIX.minusSeconds(600))).isZero();
    }

    @Test
    void hoursShowTwoDecimalsWhateverTheLocale() {
        assertThat(Hours.format(3.5)).isEqualTo("3.50");
        assertThat(Hours.format(2.0 / 3)).isEqualTo("0.67");
    }
}
