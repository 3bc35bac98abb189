package com.netfocus.catalog.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Bounds and defaults of a catalog import.
 *
 * @param maxRows         most platforms (CSV rows or VEVENTs) in one file; a larger file is refused whole
 * @param maxBytes        largest file; a larger one is refused whole
 * @param doorsOpenBefore when a row gives no doors-open time: how long before the programme the doors open
 * @param doorsCloseAfter when a row gives no doors-close time: how long after the programme they close
 */
@ConfigurationProperties("netfocus.catalog.import")
public record CatalogImportProperties(int maxRows, DataSize maxBytes, Duration doorsOpenBefore,
                                      Duration doorsCloseAfter) {
}
