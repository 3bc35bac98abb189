package com.netfocus.contracts.contact;

import java.time.Instant;

/**
 * A contact exists in an org's address book (created, imported, or met at an event). Carries no personal data:
 * planning only needs to know that the id is real and whose it is, so that naming an unknown contact is refused
 * without calling the contact service. {@code registeredBy} and {@code registeredAt} say who added it and when (for
 * the org's audit trail); records published before they travelled with the event have neither.
 */
public record ContactRegistered(String contactId, String org, String registeredBy, Instant registeredAt)
        implements ContactEvent {

    public static final String TYPE = "ContactRegistered";

    /** A registration as published before the adder and the time travelled with it. */
    public ContactRegistered(String contactId, String org) {
        this(contactId, org, null, null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
