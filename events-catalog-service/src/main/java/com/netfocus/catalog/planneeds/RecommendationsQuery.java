package com.netfocus.catalog.planneeds;

/** Query parameters of the recommendations; bounds are checked by {@link AdviceQueryValidator}. */
public record RecommendationsQuery(Integer arriveEarlyMinutes, Integer stayLateMinutes, Integer limit)
        implements TimeAroundProgramme {

    static final String LIMIT = "limit";
}
