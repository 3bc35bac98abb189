package com.netfocus.support.paging;

import java.util.List;

/** One page of a listing: the items, where the page is, and how many items there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
