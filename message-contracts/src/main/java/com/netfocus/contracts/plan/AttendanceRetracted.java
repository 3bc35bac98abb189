package com.netfocus.contracts.plan;

/**
 * The owner retracted a logged attendance (logged by mistake): its hours and people met no longer count. The choice
 * of the platform stays. {@code platformId} is the platform the attendance was at, so that a consumer counting per
 * platform knows whose count it lowers without remembering every attendance's platform (null in retractions stored
 * before it was named). {@code reason} is what the owner said, or null.
 */
public record AttendanceRetracted(String planId, String attendanceId, String reason, String platformId)
        implements PlanEvent {

    /** A retraction that does not name the attendance's platform. */
    public AttendanceRetracted(String planId, String attendanceId, String reason) {
        this(planId, attendanceId, reason, null);
    }
}
