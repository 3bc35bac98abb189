package com.netfocus.planning.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail on the wire server, read with a chunk of three so that every way a read is cut (an hour split over chunks,
 * several hours in one, an hour larger than a chunk) is walked: entries come back in time order whatever order they
 * were recorded in, once each however often they were recorded, filtered and bounded as asked, and a walk continued
 * after an entry resumes exactly after it.
 */
class AuditTrailTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private static MongoClient client;
    private static MongoTemplate mongo;

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private AuditTrail trail;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "audit-trail-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private AuditTrail trail() {
        if (trail == null) {
            trail = new AuditTrail(mongo, new AuditSettings(100, 1000, 3, 200, "audit-trail-test"),
                    Clock.fixed(NOW, ZoneOffset.UTC));
        }
        return trail;
    }

    @Test
    void entries_recorded_in_any_order_and_more_than_once_come_back_once_each_in_time_order() {
        List<AuditEntry> entries = spreadOverHours(40);
        List<AuditEntry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(7));
        trail().record(shuffled.subList(0, 25));
        trail().record(shuffled.subList(10, 40));
        trail().record(shuffled);

        assertThat(walk(query(null, null, null, null, null), null)).containsExactlyElementsOf(entries);
        assertThat(mongo.getCollection(AuditTrail.ENTRIES).countDocuments(new org.bson.Document("org", org)))
                .isEqualTo(40);
    }

    @Test
    void a_walk_continued_after_an_entry_resumes_right_after_it() {
        List<AuditEntry> entries = spreadOverHours(30);
        trail().record(entries);

        List<AuditEntry> pages = new ArrayList<>();
        AuditPosition after = null;
        while (true) {
            List<AuditEntry> page = new ArrayList<>();
            trail().walk(query(null, null, null, null, null), after, entry -> page.add(entry) && page.size() < 4);
            if (page.isEmpty()) {
                break;
            }
            pages.addAll(page);
            after = AuditPosition.ofCursor(page.get(page.size() - 1).position().cursor());
        }

        assertThat(pages).containsExactlyElementsOf(entries);
    }

    @Test
    void entries_recorded_after_a_cursor_was_given_neither_repeat_nor_hide_what_was_there() {
        List<AuditEntry> entries = spreadOverHours(12);
        trail().record(entries.subList(0, 8));
        List<AuditEntry> first = new ArrayList<>();
        trail().walk(query(null, null, null, null, null), null, entry -> first.add(entry) && first.size() < 5);
        AuditPosition after = first.get(first.size() - 1).position();

        trail().record(entries.subList(8, 12));
        List<AuditEntry> rest = walk(query(null, null, null, null, null), after);

        assertThat(first).containsExactlyElementsOf(entries.subList(0, 5));
        assertThat(rest).containsExactlyElementsOf(entries.subList(5, 12));
    }

    @Test
    void a_range_and_filters_narrow_the_answer() {
        List<AuditEntry> entries = spreadOverHours(40);
        trail().record(entries);
        Instant from = entries.get(10).occurredAt();
        Instant to = entries.get(30).occurredAt();

        assertThat(walk(query(from, to, null, null, null), null)).containsExactlyElementsOf(entries.subList(10, 30));
        assertThat(walk(query(null, null, "rep-2", null, null), null))
                .containsExactlyElementsOf(entries.stream().filter(e -> e.actor().equals("rep-2")).toList());
        assertThat(walk(query(null, null, null, "south", "TargetIdentified"), null))
                .containsExactlyElementsOf(entries.stream().filter(e -> e.team().equals("south")
                        && e.type().equals("TargetIdentified")).toList()).isNotEmpty();
    }

    @Test
    void an_hour_larger_than_a_read_chunk_comes_back_whole_and_in_order() {
        List<AuditEntry> busyHour = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            busyHour.add(entry("busy", i, START.plusSeconds(300 - i * 20L), "rep-1", "north", "ObjectiveDefined"));
        }
        trail().record(busyHour);
        List<AuditEntry> expected = new ArrayList<>(busyHour);
        expected.sort(java.util.Comparator.comparing(AuditEntry::position));

        assertThat(walk(query(null, null, null, null, null), null)).containsExactlyElementsOf(expected);
    }

    @Test
    void another_org_sees_nothing_of_it() {
        trail().record(spreadOverHours(5));

        assertThat(walk(new AuditQuery("other-" + org, null, null, null, null, null), null)).isEmpty();
    }

    private List<AuditEntry> walk(AuditQuery query, AuditPosition after) {
        List<AuditEntry> found = new ArrayList<>();
        trail().walk(query, after, found::add);
        return found;
    }

    private AuditQuery query(Instant from, Instant to, String actor, String team, String type) {
        return new AuditQuery(org, from, to, actor, team, type);
    }

    /** Entries of four plans over about a day, some sharing a millisecond, in trail order. */
    private List<AuditEntry> spreadOverHours(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = START.plus(i / 2 * 47L, ChronoUnit.MINUTES);
            entries.add(entry("plan-" + (i % 4), i / 4, at, "rep-" + (i % 3), i % 2 == 0 ? "north" : "south",
                    i % 5 == 0 ? "TargetIdentified" : "ObjectiveDefined"));
        }
        entries.sort(java.util.Comparator.comparing(AuditEntry::position));
        return entries;
    }

    private AuditEntry entry(String plan, long sequence, Instant at, String actor, String team, String type) {
        String planId = org + "-" + plan;
        return new AuditEntry("plan|" + planId + "|" + sequence, at, org, team, actor, type, planId, sequence, null,
                null, "corr-" + plan + "-" + sequence);
    }
}
