package com.netfocus.planning.erasure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Set;

/**
 * Record in a plan that a contact's personal data was erased (sent by planning itself on {@code ContactErased},
 * never by an API client). {@code keyIds} are every key the person's data was sealed under; {@code org} is the
 * erased contact's, and a plan of another org is not touched.
 */
public record ErasePersonalData(@TargetAggregateIdentifier String planId, String contactId, Set<String> keyIds,
                                Instant erasedAt, String org) {

    public ErasePersonalData {
        keyIds = keyIds == null ? Set.of() : Set.copyOf(keyIds);
    }
}
