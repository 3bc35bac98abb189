package com.netfocus.contact.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.Period;

/**
 * How far ahead the due list looks.
 *
 * @param defaultHorizon without {@code dueBy}, the list holds what is due by today plus this
 * @param maxHorizon     the latest {@code dueBy} accepted is today plus this, so that "due" keeps its meaning
 */
@ConfigurationProperties("netfocus.contact.follow-ups")
public record FollowUpProperties(Period defaultHorizon, Period maxHorizon) {

    public FollowUpProperties {
        if (defaultHorizon == null || maxHorizon == null) {
            throw new IllegalArgumentException("configure netfocus.contact.follow-ups.default-horizon and max-horizon");
        }
        if (defaultHorizon.isNegative() || reach(defaultHorizon).isAfter(reach(maxHorizon))) {
            throw new IllegalArgumentException("netfocus.contact.follow-ups.default-horizon must lie between 0 and "
                    + "max-horizon (" + maxHorizon + "), not " + defaultHorizon);
        }
    }

    /** Periods of months and days do not compare on their own; measured from one fixed day they do. */
    private static LocalDate reach(Period period) {
        return LocalDate.EPOCH.plus(period);
    }
}
