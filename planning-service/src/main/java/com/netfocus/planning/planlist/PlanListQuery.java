package com.netfocus.planning.planlist;

import com.netfocus.contracts.caller.CallerIdentifiers;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The query parameters of GET /api/v1/plans: whose plans ({@code owner}, {@code team}, or {@code scope=org} for the
 * whole org), which ({@code status} OPEN or CLOSED, {@code activeOn} a day inside the period, {@code q} words of the
 * title), and the page. A value outside its form is a 400 problem naming the parameter.
 */
record PlanListQuery(
        @Pattern(regexp = CallerIdentifiers.PATTERN, message = CallerIdentifiers.RULE) String owner,
        @Pattern(regexp = CallerIdentifiers.PATTERN, message = CallerIdentifiers.RULE) String team,
        @Pattern(regexp = "(?i)own|org", message = "must be own or org") String scope,
        @Pattern(regexp = "(?i)open|closed", message = "must be OPEN or CLOSED") String status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
        @Size(max = MAX_QUERY_LENGTH, message = "must be at most " + MAX_QUERY_LENGTH + " characters")
        @Pattern(regexp = "[\\p{L}\\p{N}\\p{P}\\p{Zs}]*",
                message = "letters, digits, punctuation and spaces only: words of a plan's title") String q,
        Integer page,
        Integer size) {

    static final int MAX_QUERY_LENGTH = 200;

    ListStatus listStatus() {
        return status == null ? null : ListStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }

    boolean wholeOrg() {
        return "org".equalsIgnoreCase(scope);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }
}
