package com.netfocus.planning.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The values an admin may choose for the org settings; outside them a setting is refused (422 naming it). */
@ConfigurationProperties("netfocus.org-settings")
record OrgSettingsBounds(
        @DefaultValue("1") int minActiveObjectives,
        @DefaultValue("10") int maxActiveObjectives,
        @DefaultValue("0.1") double minPeopleMetPerHour,
        @DefaultValue("20") double maxPeopleMetPerHour,
        @DefaultValue("1440") int maxMinutesAroundProgram,
        @DefaultValue("1") int minPlanMonths,
        @DefaultValue("120") int maxPlanMonths) {

    public boolean allowsActiveObjectives(int value) {
        return value >= minActiveObjectives && value <= maxActiveObjectives;
    }

    public boolean allowsPeopleMetPerHour(double value) {
        return value >= minPeopleMetPerHour && value <= maxPeopleMetPerHour;
    }

    public boolean allowsMinutesAroundProgram(Integer value) {
        return value == null || value >= 0 && value <= maxMinutesAroundProgram;
    }

    public boolean allowsPlanMonths(Integer value) {
        return value == null || value >= minPlanMonths && value <= maxPlanMonths;
    }
}
