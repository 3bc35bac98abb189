package com.netfocus.contracts.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A platform entered the catalog of an org. Planning keeps the programme times, the place and the audience of every
 * listed platform locally, so that choosing a platform never calls the catalog synchronously. {@code listedBy} and
 * {@code listedAt} say who listed it and when (for the org's audit trail). Records published before the place, the
 * audience and the lister travelled with the event read with them absent (null, an empty audience, no cost).
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
        String location,
        String organizer,
        Double cost,
        Integer expectedAttendance,
        List<AudienceShare> audience,
        String listedBy,
        Instant listedAt) {

    public PlatformListed {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    /** A platform as listed before its place, audience and lister travelled with the event. */
    public PlatformListed(String platformId, String org, String name, String kind, Instant startsAt, Instant endsAt,
                          Instant programStartsAt, Instant programEndsAt) {
        this(platformId, org, name, kind, startsAt, endsAt, programStartsAt, programEndsAt, null, null, null, null,
                List.of(), null, null);
    }
}
