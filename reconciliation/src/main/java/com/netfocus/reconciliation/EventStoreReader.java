package com.netfocus.reconciliation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.types.Binary;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads planning-service's event store (Axon's one document per event, by the names {@link PlanningEventStore}
 * declares) once, in one pass: each plan's sequences, its targets and platform choices, and per platform the choices,
 * attendances and people met that the events record. Snapshots are not read: the events are the truth.
 */
public final class EventStoreReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, SortedSet<Long>> sequences = new HashMap<>();
    private final Map<String, long[]> planCounts = new HashMap<>();
    private final Map<String, PlatformCounts> platforms = new HashMap<>();

    private EventStoreReader() {
    }

    public static EventStoreReader read(MongoDatabase planning) {
        EventStoreReader reader = new EventStoreReader();
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
        sequences.computeIfAbsent(planId, id -> new TreeSet<>())
                .add(((Number) event.get(PlanningEventStore.SEQUENCE_NUMBER)).longValue());
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
            case PlanningEventStore.EVENT_ATTENDED -> platforms.merge(payload.path(PlanningEventStore.PLATFORM_ID)
                    .asText(), new PlatformCounts(0, 1, payload.path(PlanningEventStore.CONTACTS_MET).size()),
                    PlatformCounts::plus);
            default -> {
                // other events change neither targets nor platform activity
            }
        }
    }

    public Map<String, StoredPlan> plans() {
        Map<String, StoredPlan> plans = new HashMap<>();
        sequences.forEach((planId, planSequences) -> {
            long[] counts = planCounts.get(planId);
            plans.put(planId, new StoredPlan(planId, planSequences, counts[0], counts[1]));
        });
        return plans;
    }

    public Map<String, PlatformCounts> platformCounts() {
        return platforms;
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
