package com.netfocus.planning.support;

import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanCreated;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Plan events as the aggregate stores them, for tests that append behind the command path. */
public final class StoredEvents {

    public static final String TYPE = "NetworkingPlan";
    public static final Map<String, String> META = Map.of("actor", "rep-7", "org", "acme", "team", "south",
            "correlationId", "corr-direct");

    private StoredEvents() {
    }

    public static DomainEventMessage<?> created(String planId, Instant timestamp) {
        return new GenericDomainEventMessage<>(TYPE, planId, 0, new PlanCreated(planId, "direct", LocalDate.now(),
                LocalDate.now().plusDays(100), 20, "rep-7", "acme", "south"), META, UUID.randomUUID().toString(),
                timestamp);
    }

    public static DomainEventMessage<?> objective(String planId, long sequence, Instant timestamp) {
        return objective(planId, sequence, timestamp, "meet hospital CFOs");
    }

    /** An objective with the given statement: as long as a test needs its event to be. */
    public static DomainEventMessage<?> objective(String planId, long sequence, Instant timestamp, String statement) {
        return objective(planId, sequence, "o-" + sequence, timestamp, statement);
    }

    /** An objective with the given id, as another instance of the service would store it. */
    public static DomainEventMessage<?> objective(String planId, long sequence, String objectiveId) {
        return objective(planId, sequence, objectiveId, Instant.now(), "meet hospital CFOs");
    }

    private static DomainEventMessage<?> objective(String planId, long sequence, String objectiveId,
                                                   Instant timestamp, String statement) {
        return new GenericDomainEventMessage<>(TYPE, planId, sequence, new ObjectiveDefined(planId, objectiveId,
                statement, "pilots", "CFOs met", 5, LocalDate.now().plusDays(60), null), META,
                UUID.randomUUID().toString(), timestamp);
    }
}
