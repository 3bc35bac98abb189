package com.netfocus.catalog.platform;

/** An org's catalog got a platform (published in this instance, for in-memory copies of the catalog to drop theirs). */
public record CatalogChanged(String org) {
}
