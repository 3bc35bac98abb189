package com.netfocus.contact.contact;

/** The answer to {@link AddContact}. */
public record ContactAdded(String contactId) {
}
