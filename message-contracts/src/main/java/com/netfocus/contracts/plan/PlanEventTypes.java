package com.netfocus.contracts.plan;

import java.util.Map;
import java.util.Optional;

/** The names plan events travel under on Kafka, and the record each name stands for. */
public final class PlanEventTypes {

    private static final Map<String, Class<? extends PlanEvent>> TYPES = Map.ofEntries(
            type(PlanCreated.class),
            type(ObjectiveDefined.class),
            type(ObjectiveRevised.class),
            type(ObjectiveProgressRecorded.class),
            type(ObjectiveAchieved.class),
            type(ObjectiveAbandoned.class),
            type(TargetIdentified.class),
            type(OutreachLogged.class),
            type(PlatformChosen.class),
            type(EventAttended.class),
            type(FollowUpScheduled.class),
            type(FollowUpCompleted.class),
            type(PersonalDataErased.class),
            type(PlanRevised.class),
            type(PlanClosed.class),
            type(PlatformWithdrawn.class),
            type(TargetRetired.class),
            type(AttendanceCorrected.class),
            type(AttendanceRetracted.class),
            type(FollowUpRevised.class),
            type(FollowUpCancelled.class));

    private PlanEventTypes() {
    }

    private static Map.Entry<String, Class<? extends PlanEvent>> type(Class<? extends PlanEvent> type) {
        return Map.entry(type.getSimpleName(), type);
    }

    public static String nameOf(PlanEvent event) {
        return event.getClass().getSimpleName();
    }

    public static Optional<Class<? extends PlanEvent>> classOf(String typeName) {
        return Optional.ofNullable(TYPES.get(typeName));
    }
}
