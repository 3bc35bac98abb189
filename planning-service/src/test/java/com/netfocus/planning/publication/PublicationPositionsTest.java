package com.netfocus.planning.publication;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.support.IndexServedFilters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication position's compare-and-sets on the wire server: an append counted open keeps the mark of every
 * other append, a settle never takes the count below zero, and a clear is refused once anything changed since the
 * marks were observed, unless the lease of the open appends ran out. A publication settles, advances and clears in
 * one write when the position is as its process left it, in one read and one write when another append came between.
 */
class PublicationPositionsTest {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "publication-positions-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theCompareAndSetFindsThePositionByTheVersionIndex() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        positions.mark(planId);
        Document stored = mongo.getCollection(PublicationPositions.COLLECTION).find(new Document("_id", planId)).first();

        IndexServedFilters.assertServedByAnIndex(mongo.getCollection(PublicationPositions.COLLECTION),
                PublicationPositions.unchanged(planId, stored));
    }

    @Test
    void aClearWaitsUntilEveryOpenAppendIsSettled() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        positions.mark(planId);
        long marks = positions.mark(planId);

        positions.settle(planId);
        assertThat(positions.settleAndClear(planId, 0, 2, marks)).isFalse();
        assertThat(positions.find(planId)).hasValueSatisfying(position -> {
            assertThat(position.pending()).isTrue();
            assertThat(position.publishedSequence()).as("what is on Kafka counts, cleared or not").isEqualTo(2);
        });

        positions.settle(planId);
        assertThat(positions.settleAndClear(planId, 0, 3, marks)).isTrue();
        assertThat(positions.find(planId)).hasValueSatisfying(position -> {
            assertThat(position.pending()).isFalse();
            assertThat(position.publishedSequence()).isEqualTo(3);
        });
    }

    @Test
    void aMarkSetSinceTheObservationIsNeverCleared() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        long observed = positions.mark(planId);
        positions.settle(planId);
        positions.mark(planId);
        positions.settle(planId);

        assertThat(positions.settleAndClear(planId, 0, 0, observed)).isFalse();
        assertThat(positions.find(planId)).hasValueSatisfying(position -> assertThat(position.pending()).isTrue());
    }

    @Test
    void settlingMoreThanWasOpenNeverGoesBelowZero() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        long marks = positions.mark(planId);
        positions.settle(planId);
        positions.settle(planId);
        positions.settle(UUID.randomUUID().toString());

        assertThat(stored(planId).open()).isZero();
        assertThat(positions.settleAndClear(planId, 0, 0, marks)).isTrue();
    }

    @Test
    void theOpenAppendsOfAnInstanceThatDiedHoldTheMarkOnlyUntilTheLeaseEnds() {
        Instant markedAt = Instant.now();
        String planId = UUID.randomUUID().toString();
        long marks = positionsAt(markedAt).mark(planId);

        assertThat(positionsAt(markedAt.plus(LEASE).minusSeconds(1)).settleAndClear(planId, 0, 0, marks)).isFalse();
        assertThat(positionsAt(markedAt.plus(LEASE).plusSeconds(1)).settleAndClear(planId, 0, 0, marks)).isTrue();
    }

    @Test
    void concurrentSettlesOfOneAppendEachCountOnce() throws Exception {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        int appends = 12;
        long marks = 0;
        for (int i = 0; i < appends; i++) {
            marks = positions.mark(planId);
        }
        List<Thread> settlers = new ArrayList<>();
        for (int i = 0; i < appends - 1; i++) {
            Thread settler = new Thread(() -> positions.settle(planId));
            settler.start();
            settlers.add(settler);
        }
        for (Thread settler : settlers) {
            settler.join();
        }

        assertThat(positions.settleAndClear(planId, 0, 0, marks)).isFalse();
        positions.settle(planId);
        assertThat(positions.settleAndClear(planId, 0, 0, marks)).isTrue();
    }

    @Test
    void thePublicationOfTheOnlyOpenAppendSettlesAdvancesAndClearsInOneWriteAndReadsWhenAnotherMarkCameBetween() {
        List<String> commands = new CopyOnWriteArrayList<>();
        try (MongoClient counted = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(SharedInfrastructure.mongoUri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        commands.add(event.getCommandName());
                    }
                }).build())) {
            PublicationPositions positions = new PublicationPositions(new MongoTemplate(counted, mongo.getDb()
                    .getName()), LEASE, Clock.systemUTC());
            String planId = UUID.randomUUID().toString();
            long marks = positions.mark(planId);
            commands.clear();

            assertThat(positions.settleAndClear(planId, 1, 2, marks)).isTrue();

            assertThat(commands).as("the position as this process left it: no read").containsExactly("update");
            assertThat(stored(planId)).isEqualTo(new Stored(2, false, 0));
            commands.clear();
            positions.settleAndAdvance(planId, 1, 1);
            assertThat(commands).as("nothing to settle, nothing newer to publish: nothing written")
                    .containsExactly("find");

            long again = positions.mark(planId);
            positionsAt(Instant.now()).mark(planId);
            commands.clear();
            assertThat(positions.settleAndClear(planId, 1, 3, again)).as("another instance marked meanwhile")
                    .isFalse();
            assertThat(commands).as("the guess refused, then read and written").containsExactly("update", "find",
                    "update");
            assertThat(stored(planId)).isEqualTo(new Stored(3, true, 1));
        }
    }

    @Test
    void anotherOpenAppendKeepsTheMarkButThisOneIsSettledAndItsEventsCountPublished() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        positions.mark(planId);
        long marks = positions.mark(planId);

        assertThat(positions.settleAndClear(planId, 1, 0, marks)).isFalse();
        assertThat(stored(planId)).isEqualTo(new Stored(0, true, 1));

        assertThat(positions.settleAndClear(planId, 1, 1, marks)).isTrue();
        assertThat(stored(planId)).isEqualTo(new Stored(1, false, 0));
    }

    @Test
    void aMarkSetSinceTheObservationKeepsThePlanPendingThoughEveryAppendIsSettled() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        long observed = positions.mark(planId);
        positions.mark(planId);
        positions.settle(planId);

        assertThat(positions.settleAndClear(planId, 1, 0, observed)).isFalse();
        assertThat(stored(planId)).isEqualTo(new Stored(0, true, 0));
    }

    @Test
    void settlingMoreAppendsThanAreOpenStopsAtZero() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        positions.mark(planId);
        long marks = positions.mark(planId);

        positions.settleAndAdvance(planId, 3, 0);
        assertThat(stored(planId)).isEqualTo(new Stored(0, true, 0));
        assertThat(positions.settleAndClear(planId, 2, 0, marks)).isTrue();
        assertThat(stored(planId)).isEqualTo(new Stored(0, false, 0));
    }

    @Test
    void onceTheLeaseIsOverAPublicationClearsWhatADeadInstanceLeftOpen() {
        Instant markedAt = Instant.now();
        String planId = UUID.randomUUID().toString();
        positionsAt(markedAt).mark(planId);
        positionsAt(markedAt).mark(planId);
        long marks = positionsAt(markedAt).mark(planId);

        assertThat(positionsAt(markedAt.plus(LEASE).minusSeconds(1)).settleAndClear(planId, 1, 0, marks)).isFalse();
        assertThat(stored(planId)).isEqualTo(new Stored(0, true, 2));
        assertThat(positionsAt(markedAt.plus(LEASE).plusSeconds(1)).settleAndClear(planId, 1, 1, marks)).isTrue();
        assertThat(stored(planId)).isEqualTo(new Stored(1, false, 0));
    }

    @Test
    void thePublishedSequenceNeverMovesBack() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        positions.mark(planId);
        long marks = positions.mark(planId);

        positions.settleAndAdvance(planId, 1, 5);
        positions.settleAndAdvance(planId, 0, 2);
        assertThat(stored(planId)).isEqualTo(new Stored(5, true, 1));
        assertThat(positions.settleAndClear(planId, 1, 3, marks)).isTrue();
        assertThat(stored(planId)).isEqualTo(new Stored(5, false, 0));
    }

    @Test
    void concurrentPublicationsEachSettleTheirAppendOnceAndKeepTheHighestSequence() throws Exception {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        int appends = 12;
        long marks = 0;
        for (int i = 0; i < appends; i++) {
            marks = positions.mark(planId);
        }
        long observed = marks;
        List<Thread> publications = new ArrayList<>();
        for (int i = 0; i < appends - 1; i++) {
            long sequence = i;
            Thread publication = new Thread(sequence % 2 == 0
                    ? () -> positions.settleAndClear(planId, 1, sequence, observed)
                    : () -> positions.settleAndAdvance(planId, 1, sequence));
            publication.start();
            publications.add(publication);
        }
        for (Thread publication : publications) {
            publication.join();
        }

        assertThat(stored(planId)).isEqualTo(new Stored(appends - 2, true, 1));
        assertThat(positions.settleAndClear(planId, 1, appends - 1, marks)).isTrue();
        assertThat(stored(planId)).isEqualTo(new Stored(appends - 1, false, 0));
    }

    @Test
    void theCompareAndSetIndexOfTheEarlierVersionIsDropped() {
        MongoTemplate own = new MongoTemplate(client, "publication-positions-" + UUID.randomUUID());
        own.getCollection(PublicationPositions.COLLECTION).createIndex(Indexes.ascending("_id", "marks"),
                new IndexOptions().unique(true).name("id_marks"));

        new PublicationPositions(own, LEASE, Clock.systemUTC());

        List<String> names = new ArrayList<>();
        own.getCollection(PublicationPositions.COLLECTION).listIndexes()
                .forEach(index -> names.add(index.getString("name")));
        assertThat(names).contains("id_marks_open").doesNotContain("id_marks");
    }

    /** The position's fields as stored, the open count included (which {@link Position} does not show). */
    private record Stored(long publishedSequence, boolean pending, long open) {
    }

    private static Stored stored(String planId) {
        Document document = mongo.getCollection(PublicationPositions.COLLECTION).find(new Document("_id", planId))
                .first();
        assertThat(document).isNotNull();
        return new Stored(document.get("publishedSequence", Number.class).longValue(),
                document.getBoolean("pending"), document.get("open", Number.class).longValue());
    }

    private static PublicationPositions positionsAt(Instant now) {
        return new PublicationPositions(mongo, LEASE, Clock.fixed(now, ZoneOffset.UTC));
    }
}
