package com.netfocus.contact.erasure;

import com.netfocus.contracts.contact.ContactErased;
import com.netfocus.support.access.Ownership;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * That a contact was erased, and who may know it (its former org, team and owner): no personal data, only ids. It
 * makes a repeated request idempotent (the same answer, the clean-up done again) and drives the publication of
 * {@code ContactErased} ({@code published} turns true once the broker acknowledged it).
 */
@Document(ContactErasure.COLLECTION)
public record ContactErasure(
        @Id String contactId,
        String org,
        String team,
        String ownerId,
        List<String> keyIds,
        Instant erasedAt,
        String requestedBy,
        String correlationId,
        boolean published) {

    public static final String COLLECTION = "contact_erasures";
    static final String PUBLISHED = "published";
    static final String ERASED_AT = "erasedAt";

    public ContactErasure {
        keyIds = keyIds == null ? List.of() : List.copyOf(keyIds);
    }

    Ownership ownership() {
        return new Ownership(org, team, ownerId);
    }

    ContactErased event() {
        return new ContactErased(contactId, org, erasedAt, requestedBy, correlationId, keyIds);
    }
}
