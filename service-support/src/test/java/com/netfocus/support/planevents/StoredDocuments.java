package com.netfocus.support.planevents;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collections' documents as the tests of projections compare them: by collection and id, fields sorted (the order
 * they were set in is never read), as extended JSON (a number's type shows), lists of text sorted where the order of
 * their entries is never read.
 */
public final class StoredDocuments {

    private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
            .build();

    private StoredDocuments() {
    }

    /**
     * @param unorderedLists fields holding a set kept as a list of text (entries added to a set, in any order):
     *                       sorted
     */
    public static Map<String, String> of(MongoTemplate mongo, List<String> collections, List<String> unorderedLists) {
        return of(mongo, collections, unorderedLists, List.of());
    }

    /** @param ignoredFields top-level fields left out (written by something else than the projection, later) */
    public static Map<String, String> of(MongoTemplate mongo, List<String> collections, List<String> unorderedLists,
                                         List<String> ignoredFields) {
        Map<String, String> documents = new TreeMap<>();
        for (String collection : collections) {
            mongo.findAll(Document.class, collection).forEach(document -> {
                ignoredFields.forEach(document::remove);
                documents.put(collection + "/" + document.get("_id"),
                        sorted(document, unorderedLists).toJson(EXTENDED));
            });
        }
        return documents;
    }

    /** Removes every document of the collections, keeping the collections and their indexes. */
    public static void clear(MongoTemplate mongo, List<String> collections) {
        collections.forEach(collection -> mongo.remove(new Query(), collection));
    }

    private static Document sorted(Document document, List<String> unorderedLists) {
        Document copy = new Document();
        new TreeMap<>(document).forEach((field, value) -> copy.put(field, sorted(field, value, unorderedLists)));
        return copy;
    }

    private static Object sorted(String field, Object value, List<String> unorderedLists) {
        if (value instanceof Document document) {
            return sorted(document, unorderedLists);
        }
        if (value instanceof List<?> list) {
            if (unorderedLists.contains(field) && list.stream().allMatch(String.class::isInstance)) {
                return list.stream().map(String.class::cast).sorted().toList();
            }
            return list.stream().map(item -> sorted(field, item, unorderedLists)).toList();
        }
        return value;
    }
}
