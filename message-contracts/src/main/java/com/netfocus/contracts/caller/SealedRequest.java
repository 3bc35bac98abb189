package com.netfocus.contracts.caller;

import java.net.URI;
import java.util.Locale;

/**
 * The one request a seal is valid for: its method and its target as sent on the wire (the raw path and query, with
 * their escapes as they are). A seal captured from one request cannot be replayed for another path, query or method.
 * A query that is absent and one that is empty ({@code /x?}) are the same request.
 *
 * @param method       the HTTP method, e.g. GET
 * @param pathAndQuery the raw path, then '?' and the raw query if there is one
 */
public record SealedRequest(String method, String pathAndQuery) {

    private static final char QUERY = '?';

    public SealedRequest {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("a sealed request needs its method");
        }
        if (pathAndQuery == null || pathAndQuery.isEmpty()) {
            throw new IllegalArgumentException("a sealed request needs its path");
        }
        method = method.toUpperCase(Locale.ROOT);
    }

    /** From the raw path and the raw query (null or empty when there is none). */
    public static SealedRequest of(String method, String rawPath, String rawQuery) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        return new SealedRequest(method, rawQuery == null || rawQuery.isEmpty() ? path : path + QUERY + rawQuery);
    }

    /** From the URI a client sends the request to. */
    public static SealedRequest of(String method, URI uri) {
        return of(method, uri.getRawPath(), uri.getRawQuery());
    }

    /** What the seal covers: method and target on one line. */
    String canonical() {
        return method + ' ' + pathAndQuery;
    }
}
