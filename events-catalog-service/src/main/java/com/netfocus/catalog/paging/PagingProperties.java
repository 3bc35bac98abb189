package com.netfocus.catalog.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Bounds of listings, so that one request cannot pull a whole collection. */
@ConfigurationProperties("netfocus.catalog.paging")
public record PagingProperties(int defaultSize, int maxSize) {
}
