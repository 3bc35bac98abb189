package com.netfocus.contact.people;

import java.time.Instant;

/**
 * Somebody met at a platform, and when ({@code metAt} is the arrival at the platform). {@code attendanceId} is the
 * attendance they were met at, so that its correction or retraction replaces or removes them (null in people met stored
 * before attendances had ids).
 */
public record MetPerson(String platformId, Instant metAt, String contactId, String name, String company,
                        String function, String position, String industry, String email, String targetId,
                        String attendanceId) {
}
