package com.netfocus.catalog.analytics;

import com.netfocus.contracts.caller.CallerIdentifiers;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * Query parameters of the analytics endpoints (each endpoint reads those it needs). A value outside its pattern
 * or of the wrong type is a 400 problem naming the parameter.
 */
record AnalyticsQuery(
        @Parameter(description = "Whose figures: rep (default), team or org", example = "team")
        @Pattern(regexp = "(?i)rep|team|org", message = "must be rep, team or org") String scope,
        @Parameter(description = "A user id for scope rep (default the caller), a team for scope team (default the "
                + "caller's team); ignored for org", example = "team-retail")
        @Pattern(regexp = CallerIdentifiers.PATTERN, message = CallerIdentifiers.RULE) String subject,
        @Parameter(description = "The team of team-members (default the caller's)", example = "team-retail")
        @Pattern(regexp = CallerIdentifiers.PATTERN, message = CallerIdentifiers.RULE) String team,
        @Parameter(description = "Period length of the summary: month (default), quarter or year", example = "month")
        @Pattern(regexp = "(?i)month|quarter|year", message = "must be month, quarter or year") String granularity,
        @Parameter(description = "Only periods that end on or after this day (inclusive)", example = "2026-01-01")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Parameter(description = "Only periods that start on or before this day (inclusive)", example = "2026-12-31")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Parameter(description = "At most this many platforms of the ROI table (default 20)", example = "20")
        @Min(1) @Max(1000) Integer limit,
        @Parameter(description = "json (default) or csv (text/csv with a header row of the JSON field names, as an "
                + "attachment)", example = "csv")
        @Pattern(regexp = "(?i)json|csv", message = "must be json or csv") String format) {

    Granularity granularityOrDefault() {
        return Granularity.named(granularity).orElse(Granularity.MONTH);
    }

    boolean csv() {
        return "csv".equalsIgnoreCase(format);
    }
}
