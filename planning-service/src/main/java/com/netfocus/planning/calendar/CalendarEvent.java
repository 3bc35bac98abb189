package com.netfocus.planning.calendar;

import java.time.Instant;

/**
 * One event of an exported calendar: a stable UID (a calendar that imports the file again updates the event instead
 * of adding a copy), when it starts and ends, its title, where it takes place (null when unknown) and what to know
 * about it.
 */
record CalendarEvent(String uid, Instant start, Instant end, String summary, String location, String description) {
}
