package com.netfocus.planning.platform;

import java.time.Instant;

/** A platform of the catalog as planning keeps it: enough to plan hours and check attendance. */
record KnownPlatform(String platformId, String org, String name, String kind, Instant startsAt, Instant endsAt,
                            Instant programStartsAt, Instant programEndsAt) {
}
