package com.netfocus.planning.platform;

import com.netfocus.contracts.catalog.AudienceShare;

import java.time.Instant;
import java.util.List;

/**
 * A platform of the catalog as planning keeps it: enough to plan hours, check attendance and tell whom it serves.
 * {@code audience} is null when the catalog listed it before the audience travelled with its listings.
 */
record KnownPlatform(String platformId, String org, String name, String kind, Instant startsAt, Instant endsAt,
                     Instant programStartsAt, Instant programEndsAt, List<AudienceShare> audience) {
}
