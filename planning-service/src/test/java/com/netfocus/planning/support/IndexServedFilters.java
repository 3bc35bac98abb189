package com.netfocus.planning.support;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds a filter to what the embedded wire server can answer from an index: its fields exactly the keys of one of
 * the collection's indexes, each compared by equality. Any other filter (an operator such as {@code $and} or a range,
 * a field more or less) is answered by scanning every document of the collection.
 */
public final class IndexServedFilters {

    private IndexServedFilters() {
    }

    public static void assertServedByAnIndex(MongoCollection<Document> collection, Document filter) {
        List<Object> indexKeys = new ArrayList<>();
        collection.listIndexes().forEach(index -> indexKeys.add(index.get("key", Document.class).keySet()));
        assertThat(indexKeys).as("the keys of the indexes of %s", collection.getNamespace())
                .contains(filter.keySet());
        assertThat(filter.values()).as("each field of %s compared by equality", filter.toJson())
                .noneMatch(value -> value instanceof Document);
    }
}
