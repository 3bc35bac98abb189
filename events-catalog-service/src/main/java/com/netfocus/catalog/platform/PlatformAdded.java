package com.netfocus.catalog.platform;

/** The answer to {@link AddPlatform}. */
public record PlatformAdded(String platformId) {
}
