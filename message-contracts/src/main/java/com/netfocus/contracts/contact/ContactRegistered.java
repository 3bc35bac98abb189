package com.netfocus.contracts.contact;

/**
 * A contact exists in an org's address book (created, imported, or met at an event). Carries no personal data:
 * planning only needs to know that the id is real and whose it is, so that naming an unknown contact is refused
 * without calling the contact service.
 */
public record ContactRegistered(String contactId, String org) implements ContactEvent {

    public static final String TYPE = "ContactRegistered";

    @Override
    public String type() {
        return TYPE;
    }
}
