package com.netfocus.contact.contact;

/** What became of one incoming person: the contact they are, and whether that contact was created for them. */
public record IntakeOutcome(String contactId, boolean created) {
}
