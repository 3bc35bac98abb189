package com.netfocus.planning.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The trail is kept in hours (UTC): each entry belongs to the hour it occurred in, and an org's hour is read whole,
 * so a query for a range of time reads only the hours in it, each by its key.
 */
final class AuditHours {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private AuditHours() {
    }

    static Instant start(Instant moment) {
        return moment.truncatedTo(ChronoUnit.HOURS);
    }

    static String of(Instant moment) {
        return HOUR.format(moment);
    }

    static Instant next(Instant hour) {
        return hour.plus(1, ChronoUnit.HOURS);
    }

    static Instant parse(String hour) {
        return Instant.parse(hour + ":00:00Z");
    }
}
