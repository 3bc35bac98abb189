package com.netfocus.contact.publication;

import com.netfocus.contracts.contact.ContactUpdated;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One edit of a contact waiting to be, or already, published as {@code ContactUpdated} ({@code contact_updates}, one
 * document per edit, so that no edit's event is lost to the next one). It names the fields changed, never their
 * values. {@code published} turns true once the broker acknowledged the event.
 */
@Document(ContactUpdate.COLLECTION)
public record ContactUpdate(
        @Id String id,
        String contactId,
        String org,
        Instant updatedAt,
        String updatedBy,
        String correlationId,
        List<String> changedFields,
        String reason,
        boolean published) {

    public static final String COLLECTION = "contact_updates";
    public static final String PUBLISHED = "published";
    public static final String UPDATED_AT = "updatedAt";

    public ContactUpdated event() {
        return new ContactUpdated(contactId, org, updatedAt, updatedBy, correlationId, changedFields, reason);
    }
}
