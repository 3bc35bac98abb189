package com.netfocus.planning.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Passes over a plan's snapshot written before the plan's state kept each attendance's id: an attendance stored
 * without one is named by its plan and the sequence of its event ({@link com.netfocus.contracts.plan.AttendanceIds}),
 * which such a snapshot no longer knows. The plan is then rebuilt from its events, which name every attendance, and
 * the next snapshot is written with the ids. Every other snapshot loads as it is.
 */
public final class AttendanceIdSnapshotFilter implements SnapshotFilter {

    private static final Logger log = LoggerFactory.getLogger(AttendanceIdSnapshotFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        JsonNode stored = tree(snapshot.getPayload().getData());
        if (stored == null) {
            return true;
        }
        for (JsonNode attendance : stored.path("state").path("attendance")) {
            if (!attendance.hasNonNull("attendanceId")) {
                log.info("plan {}: its snapshot at sequence {} predates attendance ids; rebuilding it from its events",
                        snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber());
                return false;
            }
        }
        return true;
    }

    /** The snapshot as JSON, in whichever form the store handed it over; null when it is none of them. */
    private static JsonNode tree(Object data) {
        try {
            if (data instanceof String text) {
                return JSON.readTree(text);
            }
            if (data instanceof byte[] bytes) {
                return JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            }
            if (data instanceof Document document) {
                return JSON.readTree(document.toJson());
            }
            return data instanceof JsonNode node ? node : null;
        } catch (IOException unreadable) {
            // not this filter's to judge: the serializer reports a snapshot it cannot read
            return null;
        }
    }
}
