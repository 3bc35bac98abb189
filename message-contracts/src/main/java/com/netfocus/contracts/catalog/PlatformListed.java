package com.netfocus.contracts.catalog;

import java.time.Instant;

/**
 * A platform entered the catalog of an org. Planning keeps the programme times of every listed platform
 * locally, so that choosing a platform never calls the catalog synchronously.
 */
public record PlatformListed(
        String platformId,
        String org,
        String name,
        String kind,
        Instant startsAt,
        Instant endsAt,
        Instant programStartsAt,
        Instant programEndsAt) {
}
