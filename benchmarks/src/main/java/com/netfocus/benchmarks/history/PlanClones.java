package com.netfocus.benchmarks.history;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Copies of one plan as planning-service stored it, under other plan ids: every document of the template (its
 * events, and whatever else holds it by id, such as its publication position), with the template's id replaced
 * wherever it appears (ids, serialized payloads and metadata, as text, nested documents or UTF-8 bytes), each event
 * given an identifier of its own (its {@code _id} too where that is the identifier), and a generated {@code _id}
 * left for the store to give anew. A store filled this
 * way holds what the service would have written for those plans, at the cost of inserts alone.
 */
public final class PlanClones {

    static final String EVENT_IDENTIFIER = "eventIdentifier";
    private static final String ID = "_id";

    private final String templatePlanId;
    private final Map<String, List<Document>> template;

    /** {@code template}: the template plan's documents by collection. */
    public PlanClones(String templatePlanId, Map<String, List<Document>> template) {
        this.templatePlanId = templatePlanId;
        this.template = template;
    }

    /** The documents of the copy named {@code planId}, by collection. */
    public Map<String, List<Document>> copy(String planId) {
        Map<String, List<Document>> copy = new LinkedHashMap<>();
        template.forEach((collection, documents) -> {
            List<Document> copied = new ArrayList<>();
            for (Document document : documents) {
                Document clone = (Document) replaced(document, planId);
                if (clone.containsKey(EVENT_IDENTIFIER)) {
                    String eventId = UUID.randomUUID().toString();
                    if (clone.get(ID) != null && clone.get(ID).equals(clone.get(EVENT_IDENTIFIER))) {
                        clone.put(ID, eventId);
                    }
                    clone.put(EVENT_IDENTIFIER, eventId);
                }
                if (clone.get(ID) instanceof ObjectId) {
                    clone.remove(ID);
                }
                copied.add(clone);
            }
            copy.put(collection, copied);
        });
        return copy;
    }

    /** The collection of the template's events (its documents with an event identifier). */
    public String eventsCollection() {
        return template.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(document -> document.containsKey(EVENT_IDENTIFIER)))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("the template plan has no events"));
    }

    /** How many events (documents with an event identifier) one copy holds. */
    public int eventsPerCopy() {
        return (int) template.values().stream().flatMap(List::stream)
                .filter(document -> document.containsKey(EVENT_IDENTIFIER)).count();
    }

    private Object replaced(Object value, String planId) {
        if (value instanceof String text) {
            return text.replace(templatePlanId, planId);
        }
        if (value instanceof Document document) {
            Document copy = new Document();
            document.forEach((key, inner) -> copy.put(key, replaced(inner, planId)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(inner -> replaced(inner, planId)).toList();
        }
        if (value instanceof Binary binary) {
            String text = new String(binary.getData(), StandardCharsets.UTF_8);
            // bytes that do not hold the id as UTF-8 text stay as they are
            return text.contains(templatePlanId) ? new Binary(binary.getType(),
                    text.replace(templatePlanId, planId).getBytes(StandardCharsets.UTF_8)) : binary;
        }
        return value;
    }
}
