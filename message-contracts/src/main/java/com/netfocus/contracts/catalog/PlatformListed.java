package com.netfocus.contracts.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A platform entered the catalog of an org. Planning keeps the programme times and the audience of every listed
 * platform locally, so that choosing a platform never calls the catalog synchronously. {@code audience} is null in
 * records published before the audience travelled with them: planning cannot tell then whom the platform serves.
 */
public record PlatformListed(
        String platformId,
        String org,
        String name,
        String kind,
        Instant startsAt,
        Instant endsAt,
        Instant programStartsAt,
        Instant programEndsAt,
        List<Segment> audience) {

    public PlatformListed {
        audience = audience == null ? null : List.copyOf(audience);
    }

    /** A listing as published before the audience travelled with it. */
    public PlatformListed(String platformId, String org, String name, String kind, Instant startsAt, Instant endsAt,
                          Instant programStartsAt, Instant programEndsAt) {
        this(platformId, org, name, kind, startsAt, endsAt, programStartsAt, programEndsAt, null);
    }

    /**
     * A kind of person expected at the platform and the fraction of the expected attendance they make up; a blank
     * field is unknown.
     */
    public record Segment(String function, String position, String industry, double share) {
    }
}
