package com.netfocus.planning.publication;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication position's compare-and-sets on the wire server: an append counted open keeps the mark of every
 * other append, a settle never takes the count below zero, and a clear is refused once anything changed since the
 * marks were observed, unless the lease of the open appends ran out.
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
    void aClearWaitsUntilEveryOpenAppendIsSettled() {
        PublicationPositions positions = positionsAt(Instant.now());
        String planId = UUID.randomUUID().toString();
        positions.mark(planId);
        long marks = positions.mark(planId);

        positions.settle(planId);
        assertThat(positions.advanceAndClear(planId, 3, marks)).isFalse();
        assertThat(positions.find(planId)).hasValueSatisfying(position -> {
            assertThat(position.pending()).isTrue();
            assertThat(position.publishedSequence()).isEqualTo(-1);
        });

        positions.settle(planId);
        assertThat(positions.advanceAndClear(planId, 3, marks)).isTrue();
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

        assertThat(positions.advanceAndClear(planId, 0, observed)).isFalse();
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

        assertThat(mongo.getCollection(PublicationPositions.COLLECTION).find(new Document("_id", planId)).first()
                .get("open", Number.class).longValue()).isZero();
        assertThat(positions.advanceAndClear(planId, 0, marks)).isTrue();
    }

    @Test
    void theOpenAppendsOfAnInstanceThatDiedHoldTheMarkOnlyUntilTheLeaseEnds() {
        Instant markedAt = Instant.now();
        String planId = UUID.randomUUID().toString();
        long marks = positionsAt(markedAt).mark(planId);

        assertThat(positionsAt(markedAt.plus(LEASE).minusSeconds(1)).advanceAndClear(planId, 0, marks)).isFalse();
        assertThat(positionsAt(markedAt.plus(LEASE).plusSeconds(1)).advanceAndClear(planId, 0, marks)).isTrue();
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

        assertThat(positions.advanceAndClear(planId, 0, marks)).isFalse();
        positions.settle(planId);
        assertThat(positions.advanceAndClear(planId, 0, marks)).isTrue();
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

    private static PublicationPositions positionsAt(Instant now) {
        return new PublicationPositions(mongo, LEASE, Clock.fixed(now, ZoneOffset.UTC));
    }
}
