package com.netfocus.planning.settings;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The body of PUT /api/v1/org-settings; the bounds are {@link OrgSettingsBounds}' (422 outside them). The minutes
 * around a programme and the longest plan period may be left out: the service's defaults apply then.
 * {@code refuseTeamOverlap} may be left out: a team overlap is then a warning.
 */
record OrgSettingsRequest(
        @Schema(description = "Active objectives a plan may pursue at once", example = "3")
        @NotNull Integer maxActiveObjectives,
        @Schema(description = "The reference rate of people met per hour", example = "1.5")
        @NotNull Double peopleMetPerHour,
        @Schema(description = "How long before a programme an arrival may be logged, in minutes (default 360)",
                example = "360")
        Integer minutesBeforeProgram,
        @Schema(description = "How long after a programme a departure may be logged, in minutes (default 360)",
                example = "360")
        Integer minutesAfterProgram,
        @Schema(description = "The longest plan period, in months (default 36)", example = "36")
        Integer maxPlanMonths,
        @Schema(description = "Whether a choice that sends a second rep of a team to the same people at the same "
                + "platform is refused; left out: false, a warning", example = "false")
        Boolean refuseTeamOverlap) {
}
