package com.netfocus.contracts.plan;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of an attendance. Attendances logged before they had ids are named by their plan and the sequence of their
 * event, the same way in every service, so that corrections and projections agree on them.
 */
public final class AttendanceIds {

    private AttendanceIds() {
    }

    /** The attendance's own id, or the one derived from its place in the plan's stream when it has none. */
    public static String of(EventAttended event, long sequence) {
        String own = event.attendanceId();
        return own != null && !own.isBlank() ? own : derived(event.planId(), sequence);
    }

    static String derived(String planId, long sequence) {
        return UUID.nameUUIDFromBytes((planId + "/attendance/" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
