package com.netfocus.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;

/** One HTTP answer and how long it took (nanoseconds from sending to the whole body read). */
public record Answer(int status, JsonNode body, long nanos, long completedAtNanos) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public String text(String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public long version() {
        JsonNode value = body == null ? null : body.get("version");
        return value == null ? -1 : value.asLong();
    }
}
