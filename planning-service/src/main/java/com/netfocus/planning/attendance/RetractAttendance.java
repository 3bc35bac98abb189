package com.netfocus.planning.attendance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retract an attendance logged by mistake: its hours and people met no longer count; the choice stays. */
public record RetractAttendance(@TargetAggregateIdentifier String planId, String attendanceId, String reason) {
}
