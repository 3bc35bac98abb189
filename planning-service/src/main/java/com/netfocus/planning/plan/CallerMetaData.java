package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.correlation.CorrelationIdFilter;
import org.axonframework.messaging.MetaData;

import java.util.List;
import java.util.Map;

/**
 * The metadata every command carries and, through Axon's correlation data, every event it causes: who, for which
 * org and team, and the request's correlation id.
 */
public final class CallerMetaData {

    public static final String ACTOR = "actor";
    public static final String ORG = "org";
    public static final String TEAM = "team";
    public static final String CORRELATION_ID = "correlationId";
    public static final List<String> KEYS = List.of(ACTOR, ORG, TEAM, CORRELATION_ID);

    private CallerMetaData() {
    }

    public static MetaData of(Caller caller) {
        return MetaData.from(Map.of(ACTOR, caller.userId(), ORG, caller.org(), TEAM, caller.team(),
                CORRELATION_ID, CorrelationIdFilter.current()));
    }
}
