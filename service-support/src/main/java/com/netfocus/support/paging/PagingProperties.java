package com.netfocus.support.paging;

/**
 * Bounds of listings, so that one request cannot pull a whole collection. Each service binds them from its
 * own prefix (see {@link com.netfocus.support.settings.Settings}).
 *
 * @param defaultSize items per page when the client names no size
 * @param maxSize     the largest page a client may ask for
 * @param maxOffset   the most items a page may lie behind the first one (page × size): deeper pages are refused, as
 *                    the store skips them one by one and counts them in an int
 */
public record PagingProperties(int defaultSize, int maxSize, long maxOffset) {

    public PagingProperties {
        if (defaultSize < 1 || maxSize < defaultSize) {
            throw new IllegalArgumentException("paging needs 1 <= default-size <= max-size, not " + defaultSize
                    + " and " + maxSize);
        }
        if (maxOffset < 0 || maxOffset > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("paging max-offset must be between 0 and " + Integer.MAX_VALUE
                    + ", not " + maxOffset);
        }
    }
}
