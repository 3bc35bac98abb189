package com.netfocus.contracts.contact;

import java.time.Instant;
import java.util.List;

/**
 * A contact's details were edited (on the contact events topic, keyed by contact id). Names which fields changed,
 * never their values, so that the event carries no personal data. {@code reason} is what the editor said, or null.
 */
public record ContactUpdated(String contactId, String org, Instant updatedAt, String updatedBy,
                             String correlationId, List<String> changedFields, String reason) implements ContactEvent {

    /** The value of {@link ContactEvent#TYPE_FIELD} on this event's records. */
    public static final String TYPE = "ContactUpdated";

    public ContactUpdated {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
