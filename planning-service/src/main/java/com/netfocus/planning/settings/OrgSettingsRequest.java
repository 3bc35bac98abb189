package com.netfocus.planning.settings;

import jakarta.validation.constraints.NotNull;

/**
 * The body of PUT /api/v1/org-settings; the bounds are {@link OrgSettingsBounds}' (422 outside them).
 * {@code refuseTeamOverlap} may be left out: a team overlap is then a warning.
 */
record OrgSettingsRequest(@NotNull Integer maxActiveObjectives, @NotNull Double peopleMetPerHour,
                          Boolean refuseTeamOverlap) {
}
