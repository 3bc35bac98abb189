package com.netfocus.benchmarks.history;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanClonesTest {

    private static final String TEMPLATE = "plan-template-0001";

    private final Document event = new Document("_id", new ObjectId())
            .append("eventIdentifier", "event-1")
            .append("aggregateIdentifier", TEMPLATE)
            .append("sequenceNumber", 0L)
            .append("serializedPayload", "{\"planId\":\"" + TEMPLATE + "\",\"title\":\"x\"}")
            .append("serializedMetaData", new Document("planId", TEMPLATE).append("tags", List.of(TEMPLATE, "other")))
            .append("bytes", new Binary(("{\"planId\":\"" + TEMPLATE + "\"}").getBytes(StandardCharsets.UTF_8)));
    private final Document position = new Document("_id", TEMPLATE).append("publishedSequence", 21L);
    private final PlanClones clones = new PlanClones(TEMPLATE, Map.of("domainevents", List.of(event),
            "publication_positions", List.of(position)));

    @Test
    void everyDocumentOfTheTemplateIsCopiedUnderTheNewIdWhereverTheIdAppears() {
        Map<String, List<Document>> copy = clones.copy("plan-copy-0002");

        Document copiedEvent = copy.get("domainevents").get(0);
        assertThat(copiedEvent.getString("aggregateIdentifier")).isEqualTo("plan-copy-0002");
        assertThat(copiedEvent.getString("serializedPayload")).contains("plan-copy-0002").doesNotContain(TEMPLATE);
        assertThat(copiedEvent.get("serializedMetaData", Document.class).getString("planId")).isEqualTo("plan-copy-0002");
        assertThat(copiedEvent.get("serializedMetaData", Document.class).getList("tags", String.class))
                .containsExactly("plan-copy-0002", "other");
        assertThat(new String(copiedEvent.get("bytes", Binary.class).getData(), StandardCharsets.UTF_8))
                .contains("plan-copy-0002");
        assertThat(copiedEvent.getLong("sequenceNumber")).isZero();
        assertThat(copy.get("publication_positions").get(0))
                .isEqualTo(new Document("_id", "plan-copy-0002").append("publishedSequence", 21L));
    }

    @Test
    void eachCopyOfAnEventHasAnIdentifierOfItsOwnAndLeavesTheGeneratedIdToTheStore() {
        Document first = clones.copy("plan-a").get("domainevents").get(0);
        Document second = clones.copy("plan-b").get("domainevents").get(0);

        assertThat(first.getString("eventIdentifier")).isNotEqualTo("event-1")
                .isNotEqualTo(second.getString("eventIdentifier"));
        assertThat(first).doesNotContainKey("_id");
        assertThat(event.getString("eventIdentifier")).isEqualTo("event-1");
    }

    @Test
    void anEventWhoseIdIsItsIdentifierGetsTheNewOneAsItsId() {
        Document keyed = new Document("_id", "event-9").append("eventIdentifier", "event-9")
                .append("aggregateIdentifier", TEMPLATE);
        Document copy = new PlanClones(TEMPLATE, Map.of("domainevents", List.of(keyed))).copy("plan-c")
                .get("domainevents").get(0);

        assertThat(copy.get("_id")).isEqualTo(copy.get("eventIdentifier")).isNotEqualTo("event-9");
    }

    @Test
    void knowsTheEventsCollectionAndHowManyEventsACopyHolds() {
        assertThat(clones.eventsCollection()).isEqualTo("domainevents");
        assertThat(clones.eventsPerCopy()).isEqualTo(1);
    }
}
