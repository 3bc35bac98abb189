package com.netfocus.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/** Which correlation id a request carries on: the client's when it is short and plain, a new one otherwise. */
public final class CorrelationIds {

    /** Exchange attribute holding the request's correlation id. */
    public static final String ATTRIBUTE = CorrelationIds.class.getName() + ".id";
    /** Reactor context and MDC key (the same key the services log under). */
    public static final String CONTEXT_KEY = "correlationId";
    /** Accepted ids are short and plain, so that a client cannot inject text into log lines or headers. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationIds() {
    }

    public static String acceptOrCreate(String sent) {
        return sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }
}
