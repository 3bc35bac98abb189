package com.netfocus.contracts.plan;

/**
 * An event in the life of one networking plan. Every plan event names its plan, because the plan id is
 * the aggregate identifier in the event store and the record key on Kafka (ordering per plan).
 */
public sealed interface PlanEvent
        permits PlanCreated, ObjectiveDefined, ObjectiveRevised, ObjectiveProgressRecorded, ObjectiveAchieved,
        ObjectiveAbandoned, TargetIdentified, OutreachLogged, PlatformChosen, EventAttended, FollowUpScheduled,
        FollowUpCompleted, PersonalDataErased, PlanRevised, PlanClosed, PlatformWithdrawn, TargetRetired,
        AttendanceCorrected, AttendanceRetracted, FollowUpRevised, FollowUpCancelled {

    String planId();
}
