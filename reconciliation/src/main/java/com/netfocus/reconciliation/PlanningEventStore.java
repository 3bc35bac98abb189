package com.netfocus.reconciliation;

import com.netfocus.contracts.chain.StoredEventFields;

import java.util.List;
import java.util.Set;

/**
 * What the reconciliation reads of planning-service's event store (Axon's one document per event): the database and
 * collection, the fields of an event document (named once, with the hash chain's, in the contract's
 * {@link StoredEventFields}), where chains of older plans start, the events that change what the projections count
 * and the payload fields counted or judged. planning-service's ReconciliationReadsEventStoreTest holds the store it
 * writes to these names.
 */
public final class PlanningEventStore {

    public static final String DATABASE = "netfocus-planning";
    public static final String EVENTS = StoredEventFields.COLLECTION;
    public static final String AGGREGATE_IDENTIFIER = StoredEventFields.PLAN_ID;
    public static final String SEQUENCE_NUMBER = StoredEventFields.SEQUENCE;
    public static final String PAYLOAD_TYPE = StoredEventFields.PAYLOAD_TYPE;
    public static final String SERIALIZED_PAYLOAD = StoredEventFields.PAYLOAD;
    /** When the event was stored (ISO text): the moment an attendance was logged. */
    public static final String TIMESTAMP = StoredEventFields.TIMESTAMP;
    public static final List<String> EVENT_FIELDS = List.of(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER, PAYLOAD_TYPE,
            SERIALIZED_PAYLOAD, TIMESTAMP, StoredEventFields.HASH, StoredEventFields.PREVIOUS_HASH);
    /** Where the chain of a plan stored before chains existed starts: one document per such plan, by plan id. */
    public static final String CHAIN_STARTS = "event_chain_starts";
    public static final String CHAIN_START_SEQUENCE = "sequence";

    /** The simple names of the payload types that change the counts. */
    public static final String TARGET_IDENTIFIED = "TargetIdentified";
    public static final String PLATFORM_CHOSEN = "PlatformChosen";
    public static final String EVENT_ATTENDED = "EventAttended";
    public static final String PLAN_CREATED = "PlanCreated";
    public static final String TARGET_RETIRED = "TargetRetired";
    public static final String PLATFORM_WITHDRAWN = "PlatformWithdrawn";
    public static final String ATTENDANCE_CORRECTED = "AttendanceCorrected";
    public static final String ATTENDANCE_RETRACTED = "AttendanceRetracted";
    public static final Set<String> COUNTED_TYPES = Set.of(TARGET_IDENTIFIED, PLATFORM_CHOSEN, EVENT_ATTENDED,
            PLAN_CREATED, TARGET_RETIRED, PLATFORM_WITHDRAWN, ATTENDANCE_CORRECTED, ATTENDANCE_RETRACTED);

    /** The payload fields counted: the platform chosen or attended, the people met there. */
    public static final String PLATFORM_ID = "platformId";
    public static final String CONTACTS_MET = "contactsMet";
    /** The attendance a correction or retraction names (null in attendances logged before ids). */
    public static final String ATTENDANCE_ID = "attendanceId";
    /** The copies a plan carried forward starts with: its targets are counted as identified ones. */
    public static final String CARRIED_FORWARD = "carriedForward";
    public static final String CARRIED_TARGETS = "targets";
    /** The payload fields an attendance is judged by: its stay and its plan's period. */
    public static final String ARRIVED_AT = "arrivedAt";
    public static final String LEFT_AT = "leftAt";
    public static final String PERIOD_START = "periodStart";
    public static final String PERIOD_END = "periodEnd";

    private PlanningEventStore() {
    }
}
