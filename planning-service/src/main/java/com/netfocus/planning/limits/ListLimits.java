package com.netfocus.planning.limits;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The longest list each command and request may carry: beyond these a request is refused (422 naming the list) before
 * anything is stored, so that no single request can swell a plan's events or the figures read from them.
 *
 * @param peopleMetPerAttendance the people met logged at one attendance
 * @param followUpsPerAttendance the follow-ups promised at one attendance
 * @param targetsPerChoice       the targets one platform choice names
 */
public record ListLimits(
        @DefaultValue("200") int peopleMetPerAttendance,
        @DefaultValue("50") int followUpsPerAttendance,
        @DefaultValue("20") int targetsPerChoice) {

    /** The refusal of a list over its limit, worded alike for every list. */
    public static String tooMany(int limit, String what) {
        return "holds more than " + limit + " " + what + ": split it into several requests or keep the ones that count";
    }
}
