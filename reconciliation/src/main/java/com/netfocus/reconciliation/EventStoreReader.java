package com.netfocus.reconciliation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.netfocus.contracts.plan.AttendancePlausibility;
import org.bson.Document;
import org.bson.types.Binary;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads planning-service's event store (Axon's one document per event, by the names {@link PlanningEventStore}
 * declares) once, in one pass: each plan's sequences, its targets and platform choices, per platform the choices,
 * attendances and people met that the events record, and the attendances the figures leave out (judged once the
 * plan's period is read, whatever the order of its events). Snapshots are not read: the events are the truth.
 */
public final class EventStoreReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, SortedSet<Long>> sequences = new HashMap<>();
    private final Map<String, long[]> planCounts = new HashMap<>();
    private final Map<String, PlatformCounts> platforms = new HashMap<>();
    private final Map<String, LocalDate[]> periods = new HashMap<>();
    private final Map<String, List<Attended>> attendances = new HashMap<>();
    private final AttendancePlausibility plausibility;

    /** An attendance as stored: its sequence, its stay and when it was logged. */
    private record Attended(long sequence, Instant arrivedAt, Instant leftAt, Instant loggedAt) {
    }

    private EventStoreReader(AttendancePlausibility plausibility) {
        this.plausibility = plausibility;
    }

    /** The store read with the analytics' default judgement of attendances. */
    public static EventStoreReader read(MongoDatabase planning) {
        return read(planning, ReconciliationSettings.ATTENDANCE_PLAUSIBILITY);
    }

    public static EventStoreReader read(MongoDatabase planning, AttendancePlausibility plausibility) {
        EventStoreReader reader = new EventStoreReader(plausibility);
        planning.getCollection(PlanningEventStore.EVENTS)
                .find()
                .projection(Projections.include(PlanningEventStore.EVENT_FIELDS))
                .forEach(reader::add);
        return reader;
    }

    private void add(Document event) {
        String planId = event.getString(PlanningEventStore.AGGREGATE_IDENTIFIER);
        if (planId == null) {
            return;
        }
        long sequence = ((Number) event.get(PlanningEventStore.SEQUENCE_NUMBER)).longValue();
        sequences.computeIfAbsent(planId, id -> new TreeSet<>()).add(sequence);
        long[] counts = planCounts.computeIfAbsent(planId, id -> new long[2]);
        String type = simpleName(event.getString(PlanningEventStore.PAYLOAD_TYPE));
        JsonNode payload = payload(event.get(PlanningEventStore.SERIALIZED_PAYLOAD));
        switch (type) {
            case PlanningEventStore.TARGET_IDENTIFIED -> counts[0]++;
            case PlanningEventStore.PLATFORM_CHOSEN -> {
                counts[1]++;
                platforms.merge(payload.path(PlanningEventStore.PLATFORM_ID).asText(), new PlatformCounts(1, 0, 0),
                        PlatformCounts::plus);
            }
            // a withdrawn choice leaves the plan's chosen platforms (the platform's activity still counts the choice)
            case PlanningEventStore.PLATFORM_WITHDRAWN -> counts[1]--;
            case PlanningEventStore.EVENT_ATTENDED -> {
                platforms.merge(payload.path(PlanningEventStore.PLATFORM_ID).asText(),
                        new PlatformCounts(0, 1, payload.path(PlanningEventStore.CONTACTS_MET).size()),
                        PlatformCounts::plus);
                attendances.computeIfAbsent(planId, id -> new ArrayList<>()).add(new Attended(sequence,
                        instant(payload.path(PlanningEventStore.ARRIVED_AT)),
                        instant(payload.path(PlanningEventStore.LEFT_AT)),
                        instant(event.get(PlanningEventStore.TIMESTAMP))));
            }
            case PlanningEventStore.PLAN_CREATED -> periods.put(planId, new LocalDate[]{
                    date(payload.path(PlanningEventStore.PERIOD_START)),
                    date(payload.path(PlanningEventStore.PERIOD_END))});
            default -> {
                // other events change neither targets, platform activity nor the judgement of attendances
            }
        }
    }

    public Map<String, StoredPlan> plans() {
        Map<String, StoredPlan> plans = new HashMap<>();
        sequences.forEach((planId, planSequences) -> {
            long[] counts = planCounts.get(planId);
            plans.put(planId, new StoredPlan(planId, planSequences, counts[0], counts[1], leftOut(planId)));
        });
        return plans;
    }

    public Map<String, PlatformCounts> platformCounts() {
        return platforms;
    }

    /** The plan's attendances that cannot have happened as logged, in the order of their sequences. */
    private List<LeftOutAttendance> leftOut(String planId) {
        LocalDate[] period = periods.getOrDefault(planId, new LocalDate[2]);
        List<LeftOutAttendance> leftOut = new ArrayList<>();
        attendances.getOrDefault(planId, List.of()).stream()
                .sorted(Comparator.comparingLong(Attended::sequence))
                .forEach(attended -> plausibility.doubt(attended.arrivedAt(), attended.leftAt(), attended.loggedAt(),
                                period[0], period[1])
                        .ifPresent(why -> leftOut.add(new LeftOutAttendance(planId, attended.sequence(), why))));
        return leftOut;
    }

    /** An instant as stored (ISO text, or a date); null when absent or unreadable, which the judgement names. */
    private static Instant instant(Object stored) {
        if (stored instanceof Date date) {
            return date.toInstant();
        }
        String text = stored instanceof JsonNode node ? (node.isTextual() ? node.asText() : null)
                : stored instanceof String value ? value : null;
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static LocalDate date(JsonNode stored) {
        try {
            return stored.isTextual() ? LocalDate.parse(stored.asText()) : null;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    /** Axon keeps the JSON payload as text (or as a nested document / bytes, depending on the serializer). */
    private static JsonNode payload(Object stored) {
        try {
            if (stored instanceof String text) {
                return JSON.readTree(text);
            }
            if (stored instanceof Binary binary) {
                return JSON.readTree(new String(binary.getData(), StandardCharsets.UTF_8));
            }
            if (stored instanceof Document document) {
                return JSON.readTree(document.toJson());
            }
        } catch (JsonProcessingException unreadable) {
            // counted as an empty payload: the counts it feeds will then disagree and be reported
        }
        return JSON.missingNode();
    }
}
