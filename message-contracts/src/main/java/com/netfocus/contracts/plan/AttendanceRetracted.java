package com.netfocus.contracts.plan;

/**
 * The owner retracted a logged attendance (logged by mistake): its hours and people met no longer count. The choice
 * of the platform stays. {@code reason} is what the owner said, or null.
 */
public record AttendanceRetracted(String planId, String attendanceId, String reason) implements PlanEvent {
}
