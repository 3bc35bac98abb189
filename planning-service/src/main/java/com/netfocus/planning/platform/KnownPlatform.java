package com.netfocus.planning.platform;

import com.netfocus.contracts.catalog.AudienceShare;

import java.time.Instant;
import java.util.List;

/**
 * A platform of the catalog as planning keeps it: enough to plan hours, check attendance and brief a visit: where it
 * takes place, who organises it, what it costs, how many people are expected and whom its audience holds. The place,
 * organiser, cost and attendance are null, and the audience empty, for a platform listed before they travelled with
 * its listing.
 */
public record KnownPlatform(String platformId, String org, String name, String kind, Instant startsAt, Instant endsAt,
                            Instant programStartsAt, Instant programEndsAt, String location, String organizer,
                            Double cost, Integer expectedAttendance, List<AudienceShare> audience) {

    public KnownPlatform {
        audience = audience == null ? List.of() : List.copyOf(audience);
    }
}
