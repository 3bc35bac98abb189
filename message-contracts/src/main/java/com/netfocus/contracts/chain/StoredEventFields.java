package com.netfocus.contracts.chain;

/**
 * The fields of a stored plan event, one document per event in planning's event store ({@code domainevents}): Axon's
 * own (its default names) and the two the hash chain adds. Planning writes them; whoever verifies the chain reads them
 * straight from the documents, so that the check covers the stored text and nothing an application could smooth over.
 */
public final class StoredEventFields {

    public static final String COLLECTION = "domainevents";
    public static final String PLAN_ID = "aggregateIdentifier";
    public static final String AGGREGATE_TYPE = "type";
    public static final String SEQUENCE = "sequenceNumber";
    public static final String EVENT_ID = "eventIdentifier";
    public static final String TIMESTAMP = "timestamp";
    public static final String PAYLOAD_TYPE = "payloadType";
    public static final String PAYLOAD_REVISION = "payloadRevision";
    /** The payload as serialized JSON text, personal fields sealed. */
    public static final String PAYLOAD = "serializedPayload";
    /** The metadata (actor, org, team, correlation id) as serialized JSON text. */
    public static final String META_DATA = "serializedMetaData";
    /** This event's hash ({@link EventHash}). */
    public static final String HASH = "chainHash";
    /** The hash of the plan's event before it, or {@link EventHash#CHAIN_START} on the chain's first event. */
    public static final String PREVIOUS_HASH = "chainPrevious";

    private StoredEventFields() {
    }
}
