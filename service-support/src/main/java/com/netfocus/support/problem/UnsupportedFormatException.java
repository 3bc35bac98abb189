package com.netfocus.support.problem;

import java.util.List;

/**
 * The body or uploaded file is in a format the endpoint does not take: answered 415 problem+json naming the
 * accepted formats; nothing was changed.
 *
 * @param accepted each accepted format described with its media types and file extensions,
 *                 e.g. "a CSV file (text/csv, .csv)"
 */
public class UnsupportedFormatException extends RuntimeException {

    private final List<String> accepted;

    public UnsupportedFormatException(List<String> accepted) {
        super("send " + String.join(" or ", accepted));
        this.accepted = List.copyOf(accepted);
    }

    public List<String> accepted() {
        return accepted;
    }
}
