package com.netfocus.planning.plan;

import com.netfocus.planning.checks.Violations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a plan's history one request returns: {@code defaultLimit} events when the client asks for no limit,
 * never more than {@code maxLimit}, so that one request cannot pull a history of any length.
 */
@ConfigurationProperties("netfocus.planning.history")
public record HistorySettings(
        @DefaultValue("100") int defaultLimit,
        @DefaultValue("1000") int maxLimit) {

    /** The range asked for, with the default limit filled in; refused (422 naming the parameter) out of bounds. */
    public HistoryRange range(Long fromSequence, Integer limit) {
        long from = fromSequence == null ? 0 : fromSequence;
        int size = limit == null ? defaultLimit : limit;
        new Violations()
                .check(from >= 0, "fromSequence", "must be 0 or more")
                .check(size >= 1 && size <= maxLimit, "limit", "must be between 1 and " + maxLimit)
                .throwIfAny();
        return new HistoryRange(from, size);
    }
}
