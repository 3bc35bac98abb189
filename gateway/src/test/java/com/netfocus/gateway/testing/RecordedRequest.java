package com.netfocus.gateway.testing;

import com.sun.net.httpserver.Headers;

import java.util.List;

/** What a test backend received. Header names are matched case-insensitively, as HTTP says. */
public record RecordedRequest(String method, String pathAndQuery, Headers headers, String body) {

    public String header(String name) {
        return headers.getFirst(name);
    }

    public List<String> headerValues(String name) {
        List<String> values = headers.get(name);
        return values == null ? List.of() : values;
    }
}
