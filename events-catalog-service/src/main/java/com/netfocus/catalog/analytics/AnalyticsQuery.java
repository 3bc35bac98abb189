package com.netfocus.catalog.analytics;

import com.netfocus.contracts.caller.CallerIdentifiers;
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
        @Pattern(regexp = "(?i)rep|team|org", message = "must be rep, team or org") String scope,
        @Pattern(regexp = CallerIdentifiers.PATTERN, message = CallerIdentifiers.RULE) String subject,
        @Pattern(regexp = CallerIdentifiers.PATTERN, message = CallerIdentifiers.RULE) String team,
        @Pattern(regexp = "(?i)month|quarter|year", message = "must be month, quarter or year") String granularity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Min(1) @Max(1000) Integer limit,
        @Pattern(regexp = "(?i)json|csv", message = "must be json or csv") String format) {

    Granularity granularityOrDefault() {
        return Granularity.named(granularity).orElse(Granularity.MONTH);
    }

    boolean csv() {
        return "csv".equalsIgnoreCase(format);
    }
}
