package com.netfocus.planning.objective;

import com.netfocus.contracts.plan.SmartVerdicts;

/** The answer to an accepted objective: its assessment (warnings included) and the plan's new version. */
public record ObjectiveAccepted(SmartVerdicts smart, long version) {
}
