package com.netfocus.contact.followup;

import com.netfocus.support.problem.RejectedInputException;

import java.time.LocalDate;

/** The last due date a due list covers: the one asked for, within bounds, else today plus the default horizon. */
final class DueHorizon {

    static final String DUE_BY = "dueBy";

    private final FollowUpProperties properties;

    DueHorizon(FollowUpProperties properties) {
        this.properties = properties;
    }

    LocalDate dueBy(LocalDate requested, LocalDate today) {
        if (requested == null) {
            return today.plus(properties.defaultHorizon());
        }
        LocalDate latest = today.plus(properties.maxHorizon());
        if (requested.isAfter(latest)) {
            throw new RejectedInputException(DUE_BY, "must be on or before " + latest + " (today plus at most "
                    + properties.maxHorizon() + ")");
        }
        return requested;
    }
}
