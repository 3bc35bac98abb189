package com.netfocus.planning.plan;

import java.time.LocalDate;

/** The frame of the plan a closure carries forward to: its period and budget (its title is the closed plan's). */
record CarryForwardTerms(LocalDate periodStart, LocalDate periodEnd, Double hoursBudget) {
}
