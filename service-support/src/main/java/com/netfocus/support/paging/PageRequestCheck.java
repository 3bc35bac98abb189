package com.netfocus.support.paging;

import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses (400) page numbers and sizes outside the configured bounds instead of silently clamping them, and pages that lie
 * deeper than the configured offset (page × size is computed in long, so a huge page never wraps around to the
 * first). A page past the last item, within the bounds, is simply empty.
 */
public final class PageRequestCheck {

    private PageRequestCheck() {
    }

    /** @return the page size to use: the one asked for, else the configured default */
    public static int checkedSize(int page, Integer size, PagingProperties paging) {
        int pageSize = size == null ? paging.defaultSize() : size;
        check(page, pageSize, paging);
        return pageSize;
    }

    public static void check(int page, int size, PagingProperties paging) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > paging.maxSize()) {
            errors.add(new FieldError("size", "must be between 1 and " + paging.maxSize()));
        } else if (page >= 0 && offset(page, size) > paging.maxOffset()) {
            errors.add(new FieldError("page", "must be at most " + paging.maxOffset() / size + " with size " + size
                    + ": pages deeper than " + paging.maxOffset() + " items are not served; narrow the listing "
                    + "with its filters instead"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** How many items lie before the page: the number to skip. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
