package com.netfocus.planning.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The org audit trail ({@code netfocus.planning.audit}): a page holds {@code defaultLimit} entries unless the client
 * asks for up to {@code maxLimit}; an {@code actor} or {@code team} filter is at most {@code maxFilterLength}
 * characters; the trail is read {@code readChunk} entries (or hour counters) per round trip to
 * MongoDB, which with the hour being read bounds what a query or an export holds in memory. The contact and catalog
 * topics are read into the trail in the consumer group {@code consumerGroup} (planning's own, suffixed).
 */
@ConfigurationProperties("netfocus.planning.audit")
public record AuditSettings(
        @DefaultValue("100") int defaultLimit,
        @DefaultValue("1000") int maxLimit,
        @DefaultValue("100") int readChunk,
        @DefaultValue("200") int maxFilterLength,
        String consumerGroup) {

    public AuditSettings {
        if (defaultLimit < 1 || maxLimit < defaultLimit || readChunk < 1 || maxFilterLength < 1
                || consumerGroup == null || consumerGroup.isBlank()) {
            throw new IllegalArgumentException("netfocus.planning.audit: need 1 <= default-limit <= max-limit, a"
                    + " positive read-chunk and max-filter-length, and a consumer-group");
        }
    }
}
