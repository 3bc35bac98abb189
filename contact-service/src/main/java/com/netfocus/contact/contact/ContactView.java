package com.netfocus.contact.contact;

/** A contact as the API shows it; {@code ownerId} is whose contact it is. */
public record ContactView(String contactId, String ownerId, String name, String company, String function, String position,
                          String industry, String email, String phone) {

    public static ContactView of(Contact contact) {
        return new ContactView(contact.id(), contact.ownerId(), contact.name(), contact.company(), contact.function(),
                contact.position(), contact.industry(), contact.email(), contact.phone());
    }
}
