package com.netfocus.contact.contact;

import java.time.Instant;

/** A person coming into an owner's contacts: who brought them in, and when (a contact made of them keeps both). */
public record IncomingPerson(AddContact person, String actor, Instant at) {
}
