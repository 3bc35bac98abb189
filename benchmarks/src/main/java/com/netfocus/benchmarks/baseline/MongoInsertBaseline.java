package com.netfocus.benchmarks.baseline;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.netfocus.benchmarks.stack.Workers;
import org.bson.Document;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The raw limit of the event store: event documents shaped like Axon's (one per event, a serialized JSON payload and
 * metadata, the unique (aggregateIdentifier, sequenceNumber) and eventIdentifier indexes), inserted one per call by
 * as many threads as the load has clients, with the driver's default write concern (acknowledged, w:1), which is
 * what Axon's MongoEventStorageEngine uses. Into a database of its own on the same server, dropped afterwards.
 */
public final class MongoInsertBaseline {

    private static final String PAYLOAD = """
            {"planId":"%s","platformId":"%s","platformName":"Benchmark platform 1234","targetIds":["%s","%s"],\
            "programStartsAt":"2030-01-01T10:00:00Z","programEndsAt":"2030-01-01T12:00:00Z","arriveEarlyMinutes":30,\
            "stayLateMinutes":30,"plannedHours":3.0}""";
    private static final String META_DATA = """
            {"userId":"rep-0001","org":"bench-org","team":"team-01","correlationId":"%s","traceId":"%s"}""";

    private MongoInsertBaseline() {
    }

    public record Result(int documents, double seconds, double documentsPerSecond, String writeConcern) {
    }

    public static Result run(String mongoUri, String database, int documents, int threads) throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase db = client.getDatabase(database);
            MongoCollection<Document> events = db.getCollection("domainevents");
            events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                    new IndexOptions().unique(true).name("uniqueAggregateIndex"));
            events.createIndex(Indexes.ascending("eventIdentifier"),
                    new IndexOptions().unique(true).name("uniqueEventIdentifierIndex"));
            WriteConcern concern = events.getWriteConcern();
            AtomicInteger next = new AtomicInteger();
            long begun = System.nanoTime();
            Workers.run(threads, worker -> {
                String aggregate = UUID.randomUUID().toString();
                long sequence = 0;
                while (next.getAndIncrement() < documents) {
                    events.insertOne(document(aggregate, sequence++));
                }
            });
            double seconds = (System.nanoTime() - begun) / 1e9;
            db.drop();
            return new Result(documents, seconds, documents / seconds, String.valueOf(concern));
        }
    }

    private static Document document(String aggregate, long sequence) {
        String eventId = UUID.randomUUID().toString();
        return new Document("eventIdentifier", eventId)
                .append("aggregateIdentifier", aggregate)
                .append("sequenceNumber", sequence)
                .append("type", "NetworkingPlan")
                .append("timestamp", Instant.now().toString())
                .append("payloadType", "com.netfocus.contracts.plan.PlatformChosen")
                .append("payloadRevision", null)
                .append("serializedPayload", PAYLOAD.formatted(aggregate, eventId, eventId, aggregate))
                .append("serializedMetaData", META_DATA.formatted(eventId, eventId));
    }
}
