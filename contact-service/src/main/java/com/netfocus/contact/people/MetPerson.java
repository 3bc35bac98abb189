package com.netfocus.contact.people;

import java.time.Instant;

/** Somebody met at a platform, and when ({@code metAt} is the arrival at the platform). */
public record MetPerson(String platformId, Instant metAt, String contactId, String name, String company,
                        String function, String position, String industry, String email, String targetId) {
}
