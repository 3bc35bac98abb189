package com.netfocus.planning.plan;

import java.time.LocalDate;

/** The frame of the plan a closure carries forward to: its period and budget, and its title (null: the old one). */
record CarryForwardTerms(String title, LocalDate periodStart, LocalDate periodEnd, Double hoursBudget) {
}
