package com.netfocus.catalog.planneeds;

import io.swagger.v3.oas.annotations.Parameter;

/** Query parameters of the recommendations; bounds are checked by {@link AdviceQueryValidator}. */
public record RecommendationsQuery(
        @Parameter(description = "Minutes before each programme; the configured default when absent, refused (400) "
                + "outside 0 to the configured maximum", example = "30") Integer arriveEarlyMinutes,
        @Parameter(description = "Minutes after each programme; as arriveEarlyMinutes", example = "45")
        Integer stayLateMinutes,
        @Parameter(description = "At most this many; refused (400) outside 1 to the configured maximum",
                example = "10") Integer limit)
        implements TimeAroundProgramme {

    static final String LIMIT = "limit";
}
