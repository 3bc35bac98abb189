package com.netfocus.contracts.plan;

import java.util.Map;
import java.util.Optional;

/** The names plan events travel under on Kafka, and the record each name stands for. */
public final class PlanEventTypes {

    private static final Map<String, Class<? extends PlanEvent>> TYPES = Map.of(
            "PlanCreated", PlanCreated.class,
            "ObjectiveDefined", ObjectiveDefined.class,
            "TargetIdentified", TargetIdentified.class,
            "PlatformChosen", PlatformChosen.class,
            "EventAttended", EventAttended.class);

    private PlanEventTypes() {
    }

    public static String nameOf(PlanEvent event) {
        return event.getClass().getSimpleName();
    }

    public static Optional<Class<? extends PlanEvent>> classOf(String typeName) {
        return Optional.ofNullable(TYPES.get(typeName));
    }
}
