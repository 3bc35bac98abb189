package com.netfocus.planning.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The limits a plan must keep. The aggregate receives them as an injected resource, so fixtures can set them and
 * the rules stay in configuration rather than in code. {@code maxActiveObjectives}, the SMART reference rate, the
 * minutes around a programme an attendance may span and the longest plan period are only the defaults of the per-org
 * settings, which travel inside the commands. {@code futureTolerance} is how far ahead of the server's clock a moment
 * that has happened may lie (clients' clocks drift); {@code achievedWarningBelowPercent}: an objective declared
 * achieved with less progress than this is accepted with a warning.
 */
@ConfigurationProperties("netfocus.planning")
public record PlanRules(
        @DefaultValue("50") int snapshotThreshold,
        @DefaultValue("2000") double maxHoursBudget,
        @DefaultValue("3") int maxActiveObjectives,
        @DefaultValue("240") int maxEarlyLateMinutes,
        @DefaultValue("24") double maxAttendanceHours,
        @DefaultValue("100") int maxProgressAmount,
        @DefaultValue("2000") int maxTextLength,
        @DefaultValue("5m") Duration futureTolerance,
        @DefaultValue("365") int maxFollowUpDays,
        @DefaultValue("360") int minutesBeforeProgram,
        @DefaultValue("360") int minutesAfterProgram,
        @DefaultValue("36") int maxPlanMonths,
        @DefaultValue("100") int achievedWarningBelowPercent,
        @DefaultValue ListLimits lists,
        SmartRules smart) {

    public TextLimit text() {
        return new TextLimit(maxTextLength);
    }

    /** The settings of an org that never saved its own. */
    public OrgSettings defaultOrgSettings() {
        return new OrgSettings(maxActiveObjectives, smart.peopleMetPerHour(), minutesBeforeProgram,
                minutesAfterProgram, maxPlanMonths);
    }

    /** The org's settings as the command carries them, or the defaults when it carries none. */
    public OrgSettings orgSettingsOr(OrgSettings settings) {
        return settings != null ? settings : defaultOrgSettings();
    }
}
