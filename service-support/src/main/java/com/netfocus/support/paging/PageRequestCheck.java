package com.netfocus.support.paging;

import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.RejectedInputException;

import java.util.ArrayList;
import java.util.List;

/** Refuses page numbers and sizes outside the configured bounds instead of silently clamping them. */
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
        }
        if (!errors.isEmpty()) {
            throw new RejectedInputException(errors);
        }
    }
}
