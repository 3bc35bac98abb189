package com.netfocus.contracts.contact;

import java.time.Instant;
import java.util.List;

/**
 * A contact's personal data was erased at the person's request (on the contact events topic, keyed by contact id):
 * the contact service destroyed the person's keys and deleted its own rows about them; planning records the erasure
 * in every plan that referenced them. {@code keyIds} are all the keys that held the person's data: the contact id and
 * the person ids of people met by name only that became this contact. No personal data.
 */
public record ContactErased(String contactId, String org, Instant erasedAt, String requestedBy,
                            String correlationId, List<String> keyIds) implements ContactEvent {

    /** The value of {@link ContactEvent#TYPE_FIELD} on this event's records. */
    public static final String TYPE = "ContactErased";

    public ContactErased {
        keyIds = keyIds == null ? List.of() : List.copyOf(keyIds);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
