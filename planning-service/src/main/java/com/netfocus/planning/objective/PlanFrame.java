package com.netfocus.planning.objective;

import java.time.LocalDate;

/** The plan an objective belongs to, as far as the assessment needs it; fields are null when unknown. */
public record PlanFrame(LocalDate periodStart, LocalDate periodEnd, Double hoursBudget) {
}
