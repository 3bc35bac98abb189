package com.netfocus.benchmarks.baseline.minimalapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the minimal app stores its events, and how many tallies its cache holds. */
@ConfigurationProperties("minimal-app")
public record MinimalAppSettings(String mongoUri, String database, int cacheEntries) {
}
