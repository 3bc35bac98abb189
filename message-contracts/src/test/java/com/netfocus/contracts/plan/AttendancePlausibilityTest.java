package com.netfocus.contracts.plan;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AttendancePlausibilityTest {

    private static final AttendancePlausibility RULE = new AttendancePlausibility(Duration.ofMinutes(5),
            Duration.ofDays(1096));
    private static final Instant LOGGED = Instant.parse("2026-06-18T21:00:00Z");
    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = LocalDate.parse("2026-12-31");

    @Test
    void an_attendance_that_happened_inside_the_period_counts() {
        assertThat(RULE.doubt(Instant.parse("2026-06-18T17:30:00Z"), Instant.parse("2026-06-18T20:45:00Z"), LOGGED,
                START, END)).isEmpty();
        // a clock a few minutes ahead is drift, not the future
        assertThat(RULE.doubt(Instant.parse("2026-06-18T17:30:00Z"), LOGGED.plusSeconds(240), LOGGED, START, END))
                .isEmpty();
    }

    @Test
    void one_logged_before_it_happened_does_not() {
        Instant threeWeeksAhead = LOGGED.plus(Duration.ofDays(21));
        assertThat(RULE.doubt(threeWeeksAhead, threeWeeksAhead.plusSeconds(7200), LOGGED, START, END))
                .hasValueSatisfying(doubt -> assertThat(doubt).startsWith("logged before it happened"));
    }

    @Test
    void one_outside_the_plans_period_does_not() {
        assertThat(RULE.doubt(Instant.parse("2025-12-31T17:00:00Z"), Instant.parse("2025-12-31T19:00:00Z"), LOGGED,
                START, END)).hasValueSatisfying(doubt -> assertThat(doubt).startsWith("outside the plan's period"));
        assertThat(RULE.doubt(Instant.parse("2025-12-31T17:00:00Z"), Instant.parse("2025-12-31T19:00:00Z"), LOGGED,
                null, null)).as("the period unknown").isEmpty();
    }

    @Test
    void one_in_an_absurd_year_does_not() {
        for (String arrival : new String[]{"0001-01-01T10:00:00Z", "-999999999-01-01T10:00:00Z"}) {
            assertThat(RULE.doubt(Instant.parse(arrival), LOGGED.minusSeconds(60), LOGGED, null, null))
                    .hasValueSatisfying(doubt -> assertThat(doubt).contains("more than 1096 days before it was logged"));
        }
    }

    @Test
    void one_without_a_stay_does_not() {
        assertThat(RULE.doubt(null, LOGGED, LOGGED, START, END)).isPresent();
        assertThat(RULE.doubt(LOGGED, LOGGED.minusSeconds(1), LOGGED, START, END)).isPresent();
    }
}
