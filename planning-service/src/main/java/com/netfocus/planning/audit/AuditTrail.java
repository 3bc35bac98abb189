package com.netfocus.planning.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.netfocus.planning.startup.StartupRetry;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The org audit trail in MongoDB, kept so that every query is served by a unique index with exactly the query's keys
 * (the only kind of index the embedded wire server uses; MongoDB serves the same queries by the same indexes):
 * <ul>
 *   <li>{@code audit_trail}: one document per entry, its id the org, the hour (UTC) it occurred in and its slot in
 *   that hour ({@code org|2026-03-01T10|17}), so an hour of an org is read by {@code _id $in} its slots; a unique
 *   index on the event key makes recording an event again change nothing;</li>
 *   <li>{@code audit_hours}: per org and hour, how many slots were given out ({@code _id} {@code org|hour});</li>
 *   <li>{@code audit_orgs}: per org, the first hour it has entries in, where a query without a start begins.</li>
 * </ul>
 * A query reads the hour counters of its range (a thousand per round trip), then the entries of the hours that have
 * any, a chunk of slots per round trip, and puts each hour in time order as it goes: what it holds is one chunk, or
 * one hour if an hour alone is larger, however long the range is.
 */
@Component
class AuditTrail {

    static final String ENTRIES = "audit_trail";
    static final String HOURS = "audit_hours";
    static final String ORGS = "audit_orgs";
    static final String EVENT_KEY = "eventKey";
    private static final String EVENT_KEY_INDEX = "eventKey_unique";
    private static final String SLOTS = "slots";
    private static final String SINCE = "since";
    private static final String SEPARATOR = "|";
    private static final String OCCURRED_AT = "occurredAt";
    private static final String ORG = "org";
    private static final String TEAM = "team";
    private static final String ACTOR = "actor";
    private static final String TYPE = "type";
    private static final String PLAN_ID = "planId";
    private static final String SEQUENCE = "sequence";
    private static final String CONTACT_ID = "contactId";
    private static final String PLATFORM_ID = "platformId";
    private static final String CORRELATION_ID = "correlationId";
    private static final Comparator<AuditEntry> TRAIL_ORDER = Comparator.comparing(AuditEntry::position);

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> hours;
    private final MongoCollection<Document> orgs;
    private final int chunk;
    private final Clock clock;
    /** The first hour of each org this process has recorded in, so that the org's start is written once. */
    private final Map<String, String> knownSince = new ConcurrentHashMap<>();

    AuditTrail(MongoTemplate mongo, AuditSettings settings, Clock clock) {
        this.entries = mongo.getCollection(ENTRIES);
        this.hours = mongo.getCollection(HOURS);
        this.orgs = mongo.getCollection(ORGS);
        this.chunk = settings.readChunk();
        this.clock = clock;
        StartupRetry.retry("audit trail index", () -> entries.createIndex(Indexes.ascending(EVENT_KEY),
                new IndexOptions().unique(true).name(EVENT_KEY_INDEX)));
    }

    /**
     * Records the entries not recorded yet, in their order; an entry whose event is recorded already changes nothing.
     * A failure (the database is away) propagates: recording again later finds what was recorded and adds the rest.
     */
    void record(List<AuditEntry> batch) {
        Map<String, AuditEntry> byEvent = new LinkedHashMap<>();
        batch.forEach(entry -> byEvent.putIfAbsent(entry.eventKey(), entry));
        recorded(byEvent.keySet()).forEach(byEvent::remove);
        if (byEvent.isEmpty()) {
            return;
        }
        Map<String, List<AuditEntry>> byHour = new LinkedHashMap<>();
        byEvent.values().forEach(entry -> byHour.computeIfAbsent(hourKey(entry.org(),
                AuditHours.of(entry.occurredAt())), key -> new ArrayList<>()).add(entry));
        List<Document> documents = new ArrayList<>();
        byHour.forEach((hourKey, ofHour) -> {
            long end = slotsTaken(hourKey, ofHour.size());
            long slot = end - ofHour.size();
            for (AuditEntry entry : ofHour) {
                documents.add(document(hourKey + SEPARATOR + slot++, entry));
            }
        });
        insertNew(documents);
        byEvent.values().forEach(entry -> noteSince(entry.org(), AuditHours.of(entry.occurredAt())));
    }

    /**
     * Hands the org's entries matching the query, after {@code after} (null: from the start), in trail order to
     * {@code each} until it answers false or the range ends.
     */
    void walk(AuditQuery query, AuditPosition after, Predicate<AuditEntry> each) {
        Optional<Instant> since = since(query.org());
        if (since.isEmpty()) {
            return;
        }
        Instant start = latest(since.get(), query.from(), after == null ? null : after.occurredAt());
        Instant end = query.to() != null ? query.to() : AuditHours.next(AuditHours.next(clock.instant()));
        new HourWalk(query, after, each).run(AuditHours.start(start), end);
    }

    /** The event keys of {@code keys} already recorded, a chunk per round trip (the event key index serves $in). */
    private Set<String> recorded(Set<String> keys) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += chunk) {
            entries.find(in(EVENT_KEY, all.subList(from, Math.min(all.size(), from + chunk))))
                    .projection(Projections.include(EVENT_KEY))
                    .forEach(document -> found.add(document.getString(EVENT_KEY)));
        }
        return found;
    }

    /** Takes {@code count} more slots of the org's hour; returns the number taken in all (the last slot + 1). */
    private long slotsTaken(String hourKey, int count) {
        Document counter = hours.findOneAndUpdate(eq("_id", hourKey), Updates.inc(SLOTS, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get(SLOTS)).longValue();
    }

    /** Inserts the documents; one another consumer inserted meanwhile (the same event key) is left as it is. */
    private void insertNew(List<Document> documents) {
        try {
            entries.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException failed) {
            boolean onlyRecordedAlready = failed.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyRecordedAlready) {
                throw failed;
            }
        }
    }

    private void noteSince(String org, String hour) {
        String known = knownSince.get(org);
        if (known != null && known.compareTo(hour) <= 0) {
            return;
        }
        orgs.updateOne(eq("_id", org), Updates.min(SINCE, hour), new UpdateOptions().upsert(true));
        knownSince.merge(org, hour, (before, now) -> before.compareTo(now) <= 0 ? before : now);
    }

    private Optional<Instant> since(String org) {
        Document found = orgs.find(eq("_id", org)).first();
        return Optional.ofNullable(found).map(document -> AuditHours.parse(document.getString(SINCE)));
    }

    private static Instant latest(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    private static String hourKey(String org, String hour) {
        return org + SEPARATOR + hour;
    }

    private static Document document(String id, AuditEntry entry) {
        Document document = new Document("_id", id).append(EVENT_KEY, entry.eventKey())
                .append(OCCURRED_AT, Date.from(entry.occurredAt())).append(ORG, entry.org());
        putIfPresent(document, TEAM, entry.team());
        putIfPresent(document, ACTOR, entry.actor());
        putIfPresent(document, TYPE, entry.type());
        putIfPresent(document, PLAN_ID, entry.planId());
        putIfPresent(document, SEQUENCE, entry.sequence());
        putIfPresent(document, CONTACT_ID, entry.contactId());
        putIfPresent(document, PLATFORM_ID, entry.platformId());
        putIfPresent(document, CORRELATION_ID, entry.correlationId());
        return document;
    }

    private static void putIfPresent(Document document, String field, Object value) {
        if (value != null) {
            document.append(field, value);
        }
    }

    private static AuditEntry entry(Document document) {
        Number sequence = (Number) document.get(SEQUENCE);
        return new AuditEntry(document.getString(EVENT_KEY), document.getDate(OCCURRED_AT).toInstant(),
                document.getString(ORG), document.getString(TEAM), document.getString(ACTOR),
                document.getString(TYPE), document.getString(PLAN_ID), sequence == null ? null : sequence.longValue(),
                document.getString(CONTACT_ID), document.getString(PLATFORM_ID), document.getString(CORRELATION_ID));
    }

    /** One query's walk over the hours of its range, with what it has read but not yet handed on. */
    private final class HourWalk {

        private final AuditQuery query;
        private final AuditPosition after;
        private final Predicate<AuditEntry> each;
        private final Map<String, Long> pendingHours = new LinkedHashMap<>();
        private long pendingSlots;
        private boolean stopped;

        HourWalk(AuditQuery query, AuditPosition after, Predicate<AuditEntry> each) {
            this.query = query;
            this.after = after;
            this.each = each;
        }

        void run(Instant firstHour, Instant end) {
            Instant hour = firstHour;
            while (!stopped && hour.isBefore(end)) {
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < chunk && hour.isBefore(end); i++, hour = AuditHours.next(hour)) {
                    keys.add(hourKey(query.org(), AuditHours.of(hour)));
                }
                Map<String, Long> taken = new HashMap<>();
                hours.find(in("_id", keys)).forEach(counter -> taken.put(counter.getString("_id"),
                        ((Number) counter.get(SLOTS)).longValue()));
                for (String key : keys) {
                    Long slots = taken.get(key);
                    if (slots != null && slots > 0 && !stopped) {
                        if (pendingSlots > 0 && pendingSlots + slots > chunk) {
                            flush();
                        }
                        pendingHours.put(key, slots);
                        pendingSlots += slots;
                    }
                }
            }
            if (!stopped) {
                flush();
            }
        }

        /** Reads the pending hours' entries, a chunk of slots per round trip, and hands each hour on in order. */
        private void flush() {
            List<String> ids = new ArrayList<>();
            pendingHours.forEach((hourKey, slots) -> {
                for (long slot = 0; slot < slots; slot++) {
                    ids.add(hourKey + SEPARATOR + slot);
                }
            });
            Map<String, List<AuditEntry>> byHour = new LinkedHashMap<>();
            pendingHours.keySet().forEach(hourKey -> byHour.put(hourKey, new ArrayList<>()));
            for (int from = 0; from < ids.size(); from += chunk) {
                entries.find(in("_id", ids.subList(from, Math.min(ids.size(), from + chunk)))).forEach(document -> {
                    String id = document.getString("_id");
                    byHour.get(id.substring(0, id.lastIndexOf(SEPARATOR))).add(entry(document));
                });
            }
            pendingHours.clear();
            pendingSlots = 0;
            for (List<AuditEntry> ofHour : byHour.values()) {
                ofHour.sort(TRAIL_ORDER);
                for (AuditEntry entry : ofHour) {
                    if ((after == null || entry.position().compareTo(after) > 0) && query.matches(entry)
                            && !each.test(entry)) {
                        stopped = true;
                        return;
                    }
                }
            }
        }
    }
}
