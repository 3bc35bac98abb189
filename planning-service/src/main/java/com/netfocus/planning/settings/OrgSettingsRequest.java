package com.netfocus.planning.settings;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of PUT /api/v1/org-settings; the bounds are {@link OrgSettingsBounds}' (422 outside them). */
record OrgSettingsRequest(
        @Schema(description = "Active objectives a plan may pursue at once", example = "3")
        @NotNull Integer maxActiveObjectives,
        @Schema(description = "The reference rate of people met per hour", example = "1.5")
        @NotNull Double peopleMetPerHour) {
}
