package com.netfocus.contracts.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Whether an attendance the store holds can be counted in figures: planning refuses the implausible ones now, but
 * attendances logged before it did may lie in the future of the moment they were logged, outside their plan's period,
 * or in absurd years. The figures leave those out and the reconciliation lists them, judged the same way in both.
 *
 * @param futureTolerance how far ahead of the moment it was logged a departure may lie (clocks drift)
 * @param maxAge          how long before the moment it was logged an arrival may lie
 */
public record AttendancePlausibility(Duration futureTolerance, Duration maxAge) {

    /**
     * Why the attendance cannot be counted, or empty when it can. The plan's period is left unchecked when it is not
     * known (null).
     */
    public Optional<String> doubt(Instant arrivedAt, Instant leftAt, Instant loggedAt, LocalDate periodStart,
                                  LocalDate periodEnd) {
        if (arrivedAt == null || leftAt == null || !leftAt.isAfter(arrivedAt)) {
            return Optional.of("no stay: arrived " + arrivedAt + ", left " + leftAt);
        }
        if (loggedAt != null && leftAt.isAfter(loggedAt.plus(futureTolerance))) {
            return Optional.of("logged before it happened: left " + leftAt + ", logged " + loggedAt);
        }
        if (loggedAt != null && arrivedAt.isBefore(loggedAt.minus(maxAge))) {
            return Optional.of("arrived " + arrivedAt + ", more than " + maxAge.toDays() + " days before it was "
                    + "logged (" + loggedAt + ")");
        }
        // compared as days (UTC), so that no period, however absurd, leaves the date range; a departure at the
        // first moment of the day after the period still belongs to it
        if (periodStart != null && LocalDate.ofInstant(arrivedAt, ZoneOffset.UTC).isBefore(periodStart)
                || periodEnd != null && LocalDate.ofInstant(leftAt.minusNanos(1), ZoneOffset.UTC).isAfter(periodEnd)) {
            return Optional.of("outside the plan's period " + periodStart + " to " + periodEnd + ": arrived "
                    + arrivedAt + ", left " + leftAt);
        }
        return Optional.empty();
    }
}
