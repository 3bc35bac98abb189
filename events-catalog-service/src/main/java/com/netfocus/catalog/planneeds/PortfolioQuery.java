package com.netfocus.catalog.planneeds;

import io.swagger.v3.oas.annotations.Parameter;

/** Query parameters of the portfolio; bounds are checked by {@link AdviceQueryValidator}. */
public record PortfolioQuery(
        @Parameter(description = "Minutes before each programme; the configured default when absent", example = "30")
        Integer arriveEarlyMinutes,
        @Parameter(description = "Minutes after each programme; the configured default when absent", example = "45")
        Integer stayLateMinutes) implements TimeAroundProgramme {
}
