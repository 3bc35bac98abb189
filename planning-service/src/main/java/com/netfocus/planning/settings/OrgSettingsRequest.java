package com.netfocus.planning.settings;

import jakarta.validation.constraints.NotNull;

/**
 * The body of PUT /api/v1/org-settings; the bounds are {@link OrgSettingsBounds}' (422 outside them). The minutes
 * around a programme and the longest plan period may be left out: the service's defaults apply then.
 */
record OrgSettingsRequest(@NotNull Integer maxActiveObjectives, @NotNull Double peopleMetPerHour,
                          Integer minutesBeforeProgram, Integer minutesAfterProgram, Integer maxPlanMonths) {
}
