package com.netfocus.planning.sending;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.correlation.CorrelationIdFilter;
import org.axonframework.messaging.MetaData;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The metadata every command carries: who, for which org and team, with which roles, and the request's correlation
 * id. Through Axon's correlation data the {@link #KEYS} go on to every event the command causes; the roles stay on
 * the command (they decide what the caller may do now, the events record who did it).
 */
public final class CallerMetaData {

    public static final String ACTOR = "actor";
    public static final String ORG = "org";
    public static final String TEAM = "team";
    public static final String ROLES = "roles";
    public static final String CORRELATION_ID = "correlationId";
    /** What every event carries. */
    public static final List<String> KEYS = List.of(ACTOR, ORG, TEAM, CORRELATION_ID);
    private static final String ROLE_SEPARATOR = ",";

    private CallerMetaData() {
    }

    public static MetaData of(Caller caller) {
        return MetaData.from(Map.of(ACTOR, caller.userId(), ORG, caller.org(), TEAM, caller.team(),
                ROLES, caller.roles().stream().sorted().collect(Collectors.joining(ROLE_SEPARATOR)),
                CORRELATION_ID, CorrelationIdFilter.current()));
    }

    /** The caller a command was sent for; absent values read as empty, which no rule allows anything to. */
    public static Caller callerOf(MetaData metaData) {
        Set<String> roles = Arrays.stream(text(metaData, ROLES).split(ROLE_SEPARATOR))
                .map(String::strip).filter(role -> !role.isEmpty()).collect(Collectors.toSet());
        return new Caller(text(metaData, ACTOR), text(metaData, ORG), text(metaData, TEAM), roles);
    }

    /**
     * The caller an event was recorded for: its actor, org and team, without roles. A reaction to the event changes
     * the plan on that caller's behalf (only the owner changes a plan, which takes no role).
     */
    public static Caller callerOf(PlanEventEnvelope envelope) {
        return new Caller(envelope.actor(), envelope.org(), envelope.team(), Set.of());
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? "" : value.toString();
    }
}
