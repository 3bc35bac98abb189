package com.netfocus.catalog.planneeds;

/** Query parameters of the portfolio; bounds are checked by {@link AdviceQueryValidator}. */
public record PortfolioQuery(Integer arriveEarlyMinutes, Integer stayLateMinutes) implements TimeAroundProgramme {
}
