package com.netfocus.catalog.testing;

import com.netfocus.catalog.analytics.AnalyticsStream;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PlanEventProjection;
import com.netfocus.support.planevents.PollAwareProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * For the tests of a poll-aware projection: a seeded stream of many plans' events with redeliveries, cut into polls as
 * the consumer gets them, fed to a projection event by event or poll by poll, and a collection's documents in a form
 * that compares equal whatever order the fields were written in.
 */
public final class PolledEvents {

    /** The consumer's max.poll.records (Kafka's default): the most records one poll holds. */
    public static final int POLL = 500;
    private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
            .build();

    private PolledEvents() {
    }

    /** A seeded org's plan events, interleaved, then a third of them again (redeliveries, as after a rebalance). */
    public static List<PlanEventEnvelope> stream(String org, List<String> platforms, long seed, int plans) {
        List<PlanEventEnvelope> events = new ArrayList<>(
                new AnalyticsStream(org, platforms, new Random(seed), plans).events());
        events.addAll(events.stream().filter(envelope -> envelope.eventId().hashCode() % 3 == 0).toList());
        return events;
    }

    public static List<List<PlanEventEnvelope>> polls(List<PlanEventEnvelope> events) {
        List<List<PlanEventEnvelope>> polls = new ArrayList<>();
        for (int from = 0; from < events.size(); from += POLL) {
            polls.add(events.subList(from, Math.min(events.size(), from + POLL)));
        }
        return polls;
    }

    /** The poll as the consumer's records, of one partition. */
    public static List<ConsumerRecord<String, byte[]>> records(List<PlanEventEnvelope> poll) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        poll.forEach(envelope -> records.add(new ConsumerRecord<>("plan-events", 0, records.size(), envelope.planId(),
                PlanEventCodec.encode(envelope))));
        return records;
    }

    /** Each event applied at once (outside a poll), the unreadable ones skipped as the consumer would. */
    public static void applyEachAsItComes(PlanEventProjection projection, List<PlanEventEnvelope> events) {
        for (PlanEventEnvelope envelope : events) {
            try {
                apply(projection, envelope);
            } catch (UnreadableEventException unreadable) {
                // dead-lettered by the consumer; the events after it are applied
            }
        }
    }

    /** One poll, as the consumer gives it when none of its events is unreadable. */
    public static void applyPoll(PollAwareProjection projection, List<PlanEventEnvelope> poll) {
        projection.pollStarted();
        poll.forEach(envelope -> apply(projection, envelope));
        projection.pollApplied();
    }

    public static void apply(PlanEventProjection projection, PlanEventEnvelope envelope) {
        projection.apply(envelope, PlanEventCodec.payloadOf(envelope).orElseThrow());
    }

    /**
     * Every document of the collection by id, its fields sorted (the order they were set in is never read), as
     * extended JSON: a number's type (32 or 64 bit, double) shows.
     */
    public static Map<String, String> documents(MongoTemplate mongo, String collection) {
        Map<String, String> documents = new TreeMap<>();
        mongo.findAll(Document.class, collection).forEach(document ->
                documents.put(String.valueOf(document.get("_id")), ((Document) sorted(document)).toJson(EXTENDED)));
        return documents;
    }

    private static Object sorted(Object value) {
        if (value instanceof Document document) {
            Document copy = new Document();
            new TreeMap<>(document).forEach((field, inner) -> copy.put(field, sorted(inner)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PolledEvents::sorted).toList();
        }
        return value;
    }
}
