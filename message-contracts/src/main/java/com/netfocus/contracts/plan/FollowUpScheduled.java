package com.netfocus.contracts.plan;

/** A follow-up was scheduled outside an attendance (those scheduled at an event travel inside EventAttended). */
public record FollowUpScheduled(String planId, FollowUp followUp) implements PlanEvent {
}
