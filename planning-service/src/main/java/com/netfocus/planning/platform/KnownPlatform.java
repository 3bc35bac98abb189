package com.netfocus.planning.platform;

import com.netfocus.contracts.catalog.AudienceShare;

import java.time.Instant;
import java.util.List;

/**
 * A platform of the catalog as planning keeps it: enough to plan hours, check attendance, tell whom it serves and brief
 * a visit: where it takes place, who organises it, what it costs, how many people are expected and whom its audience
 * holds. {@code audience} is null when the catalog listed it before the audience travelled with its listings; the
 * place, organiser, cost and attendance are null for a platform listed before they travelled.
 */
public record KnownPlatform(String platformId, String org, String name, String kind, Instant startsAt, Instant endsAt,
                            Instant programStartsAt, Instant programEndsAt, String location, String organizer,
                            Double cost, Integer expectedAttendance, List<AudienceShare> audience) {

    public KnownPlatform {
        audience = audience == null ? null : List.copyOf(audience);
    }
}
