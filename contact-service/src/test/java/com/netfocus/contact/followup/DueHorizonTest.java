package com.netfocus.contact.followup;

import com.netfocus.support.problem.RejectedInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueHorizonTest {

    private static final LocalDate TODAY = LocalDate.parse("2031-05-10");
    private final DueHorizon horizon = new DueHorizon(new FollowUpProperties(Period.ofDays(7), Period.ofMonths(2)));

    @Test
    void withoutADateTheListLooksTheDefaultHorizonAhead() {
        assertThat(horizon.dueBy(null, TODAY)).isEqualTo(LocalDate.parse("2031-05-17"));
    }

    @Test
    void aDateUpToTheMaximumHorizonIsKeptIncludingPastDates() {
        assertThat(horizon.dueBy(LocalDate.parse("2031-07-10"), TODAY)).isEqualTo(LocalDate.parse("2031-07-10"));
        assertThat(horizon.dueBy(LocalDate.parse("2030-01-01"), TODAY)).isEqualTo(LocalDate.parse("2030-01-01"));
    }

    @Test
    void aDateBeyondTheMaximumHorizonIsRefusedNamingDueBy() {
        assertThatThrownBy(() -> horizon.dueBy(LocalDate.parse("2031-07-11"), TODAY))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).field()).isEqualTo("dueBy");
                    assertThat(e.errors().get(0).reason()).contains("2031-07-10");
                });
    }

    @Test
    void aDefaultHorizonBeyondTheMaximumOrNegativeIsAConfigurationError() {
        assertThatThrownBy(() -> new FollowUpProperties(Period.ofDays(40), Period.ofMonths(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default-horizon");
        assertThatThrownBy(() -> new FollowUpProperties(Period.ofDays(-1), Period.ofMonths(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("default-horizon");
        assertThat(new FollowUpProperties(Period.ofDays(31), Period.ofMonths(1)).defaultHorizon())
                .isEqualTo(Period.ofDays(31));
    }
}
