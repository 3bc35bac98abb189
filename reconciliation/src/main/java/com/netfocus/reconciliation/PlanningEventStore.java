package com.netfocus.reconciliation;

import java.util.List;

/**
 * What the reconciliation reads of planning-service's event store (Axon's one document per event): the database and
 * collection, the fields of an event document, the events that change what the projections count and the payload
 * fields counted. planning-service's ReconciliationReadsEventStoreTest holds the store it writes to these names.
 */
public final class PlanningEventStore {

    public static final String DATABASE = "netfocus-planning";
    public static final String EVENTS = "domainevents";
    public static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    public static final String SEQUENCE_NUMBER = "sequenceNumber";
    public static final String PAYLOAD_TYPE = "payloadType";
    public static final String SERIALIZED_PAYLOAD = "serializedPayload";
    public static final List<String> EVENT_FIELDS = List.of(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER, PAYLOAD_TYPE,
            SERIALIZED_PAYLOAD);

    /** The simple names of the payload types that change the counts. */
    public static final String TARGET_IDENTIFIED = "TargetIdentified";
    public static final String PLATFORM_CHOSEN = "PlatformChosen";
    public static final String PLATFORM_WITHDRAWN = "PlatformWithdrawn";
    public static final String EVENT_ATTENDED = "EventAttended";

    /** The payload fields counted: the platform chosen or attended, the people met there. */
    public static final String PLATFORM_ID = "platformId";
    public static final String CONTACTS_MET = "contactsMet";

    private PlanningEventStore() {
    }
}
