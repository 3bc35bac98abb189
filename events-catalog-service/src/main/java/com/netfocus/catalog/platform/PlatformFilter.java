package com.netfocus.catalog.platform;

import java.time.Instant;

/** Optional filters of the platform listing; {@code from} inclusive, {@code to} exclusive, on programme start. */
public record PlatformFilter(PlatformKind kind, Instant from, Instant to) {
}
