package com.netfocus.catalog.recommendation;

import static com.netfocus.catalog.recommendation.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringInputsTest {

    @Test
    void defaultsWeighPrioritiesLinearlyAndFavourNetworkingFormats() {
        ScoringSettings defaults = ScoringSettings.defaults(NOW);

        assertThat(List.of(1, 2, 3, 4, 5)).extracting(defaults::priorityWeight)
                .containsExactly(1.0, 0.8, 0.6, 0.4, 0.2);
        assertThat(defaults.networkingFactor(true)).isEqualTo(1.0);
        assertThat(defaults.networkingFactor(false)).isEqualTo(0.6);
        assertThat(defaults.repeatServiceFactor()).isEqualTo(0.5);
        assertThat(defaults.now()).isEqualTo(NOW);
    }

    @Test
    void settingsMissingAPriorityOrRewardingRepeatsAreRefused() {
        assertThatThrownBy(() -> new ScoringSettings(Map.of(1, 1.0, 2, 0.8, 3, 0.6, 4, 0.4), 1.0, 0.6, 0.5, NOW))
                .hasMessageContaining("priorityWeights[5]");
        assertThatThrownBy(() -> new ScoringSettings(Map.of(1, 1.0, 2, 0.8, 3, 0.6, 4, 0.4, 5, -0.1), 1, 0.6, 0.5,
                NOW)).hasMessageContaining("priorityWeights[5]");
        assertThatThrownBy(() -> new ScoringSettings(Map.of(1, 1.0, 2, 0.8, 3, 0.6, 4, 0.4, 5, 0.2), 1, 0.6, 1.5,
                NOW)).hasMessageContaining("repeatServiceFactor");
        assertThatThrownBy(() -> new ScoringSettings(Map.of(1, 1.0, 2, 0.8, 3, 0.6, 4, 0.4, 5, 0.2), 1,
                Double.NaN, 0.5, NOW)).hasMessageContaining("networkingUnsupportedFactor");
    }

    @Test
    void targetsOutsideThePriorityScaleOrWithoutDeadlineAreRefused() {
        Instant deadline = NOW.plusSeconds(86_400);
        assertThatThrownBy(() -> new TargetNeed("t", "o", "CFO", null, null, 0, deadline))
                .hasMessageContaining("priority");
        assertThatThrownBy(() -> new TargetNeed("t", "o", "CFO", null, null, 6, deadline))
                .hasMessageContaining("priority");
        assertThatThrownBy(() -> new TargetNeed("t", "o", "CFO", null, null, 1, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TargetNeed(" ", "o", "CFO", null, null, 1, deadline))
                .hasMessageContaining("targetId");
    }

    @Test
    void aDateDeadlineCoversTheWholeDayInThePlansZone() {
        assertThat(TargetNeed.endOfDay(LocalDate.parse("2026-04-30"), ZoneId.of("Europe/Amsterdam")))
                .isEqualTo(Instant.parse("2026-04-30T22:00:00Z"));
    }

    @Test
    void platformsWithAnEmptyProgrammeOrImpossibleSharesAreRefused() {
        Instant start = NOW.plusSeconds(3_600);
        assertThatThrownBy(() -> new PlatformOffer("p", "n", "t", "SEMINAR", start, start, true, 10, List.of()))
                .hasMessageContaining("programEndsAt");
        assertThatThrownBy(() -> new PlatformOffer("p", "n", "t", "SEMINAR", start, start.plusSeconds(60), true, -1,
                List.of())).hasMessageContaining("expectedAttendance");
        assertThatThrownBy(() -> new AudienceSegment("CFO", null, null, 1.2)).hasMessageContaining("share");
        assertThatThrownBy(() -> new AudienceSegment("CFO", null, null, Double.NaN)).hasMessageContaining("share");
        assertThatThrownBy(() -> new TimePlan(-5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersInExplanationsAreRoundedWithoutScientificNotation() {
        assertThat(Explanations.number(new StringBuilder(), 12345678.96, 1).toString()).isEqualTo("12345679.0");
        assertThat(Explanations.number(new StringBuilder(), 0.05, 2).toString()).isEqualTo("0.05");
        assertThat(Explanations.number(new StringBuilder(), 3.6, 2).toString()).isEqualTo("3.60");
        assertThat(Explanations.number(new StringBuilder(), 2.0 / 3, 2).toString()).isEqualTo("0.67");
    }
}
