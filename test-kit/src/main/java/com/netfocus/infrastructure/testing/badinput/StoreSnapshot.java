package com.netfocus.infrastructure.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Everything a service stores: every document of every collection of its database (event store, snapshots,
 * projections, publication positions, platforms, contacts, settings), so that "nothing stored" needs no list of
 * collections that could fall behind the service.
 */
public final class StoreSnapshot {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoreSnapshot() {
    }

    /** Takes a snapshot of the whole database each time it is called: collection name to its documents. */
    public static Supplier<Map<String, List<Document>>> of(MongoDatabase database) {
        return () -> {
            Map<String, List<Document>> collections = new TreeMap<>();
            for (String name : database.listCollectionNames()) {
                List<Document> documents = new ArrayList<>();
                database.getCollection(name).find().forEach(documents::add);
                documents.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
                collections.put(name, documents);
            }
            return collections;
        };
    }

    /**
     * Whether the exact text is stored somewhere: as a string value at any depth, or inside a stored JSON text
     * (the event store keeps each event's payload as serialized JSON).
     */
    public static boolean contains(Object stored, String text) {
        if (stored instanceof String value) {
            return value.contains(text) || insideJson(value, text);
        }
        if (stored instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(value -> contains(value, text));
        }
        if (stored instanceof Collection<?> values) {
            return values.stream().anyMatch(value -> contains(value, text));
        }
        return false;
    }

    private static boolean insideJson(String value, String text) {
        String trimmed = value.trim();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return false;
        }
        try {
            return containsNode(MAPPER.readTree(trimmed), text);
        } catch (Exception notJson) {
            return false;
        }
    }

    private static boolean containsNode(JsonNode node, String text) {
        if (node.isTextual()) {
            return node.asText().contains(text);
        }
        for (JsonNode child : node) {
            if (containsNode(child, text)) {
                return true;
            }
        }
        return false;
    }
}
