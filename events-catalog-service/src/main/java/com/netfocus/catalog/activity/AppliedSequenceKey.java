package com.netfocus.catalog.activity;

/**
 * A plan id (or an attendance id) as a MongoDB field name. Plan ids are opaque strings; a dot would be read as a path and a
 * leading dollar as an operator, so both (and the escape character itself) are percent-encoded.
 */
final class AppliedSequenceKey {

    private AppliedSequenceKey() {
    }

    static String fieldFor(String planId) {
        return PlatformActivity.APPLIED_SEQUENCES + "." + keyFor(planId);
    }

    /** The field of an attendance's people met: the attendance's id as a field name, as a plan's. */
    static String attendanceFieldFor(String attendanceId) {
        return PlatformActivity.ATTENDANCE_PEOPLE + "." + keyFor(attendanceId);
    }

    /** The plan's key inside the {@code appliedSequences} map (and an attendance's inside {@code attendancePeople}). */
    static String keyFor(String planId) {
        return planId
                .replace("%", "%25")
                .replace(".", "%2E")
                .replace("$", "%24");
    }
}
