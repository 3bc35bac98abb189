package com.netfocus.support.paging;

/**
 * Bounds of listings, so that one request cannot pull a whole collection. Each service binds them from its
 * own prefix (see {@link com.netfocus.support.settings.Settings}).
 */
public record PagingProperties(int defaultSize, int maxSize) {
}
