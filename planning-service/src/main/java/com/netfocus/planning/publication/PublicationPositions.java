package com.netfocus.planning.publication;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.netfocus.planning.eventstore.StartupRetry;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The publication's reading position, kept in MongoDB per plan ({@code publication_positions}). Every write is a
 * single-document atomic update (no transactions on the wire server), and the published sequence only moves forward.
 *
 * <p>Several planning instances may append to one plan. Each append counts itself {@code open} with its mark and
 * settles when its events are handed over (or it failed), in whichever instance it ran; a mark is cleared only when
 * no append is open anywhere (or the open ones are older than the lease: their instance died), so one instance's
 * catch-up can never clear a mark that another instance's append, not yet stored, still needs.
 */
@Component
public class PublicationPositions {

    static final String COLLECTION = "publication_positions";
    private static final String PUBLISHED = "publishedSequence";
    private static final String PENDING = "pending";
    private static final String MARKS = "marks";
    private static final String OPEN = "open";
    private static final String MARKED_AT = "markedAt";
    private static final long NOTHING_PUBLISHED = -1;
    private static final String VERSION_INDEX = "id_marks_open";
    /** The compare-and-set index of an earlier version, on {_id, marks}: every write would keep it up for nothing. */
    private static final String EARLIER_VERSION_INDEX = "id_marks";

    private final MongoCollection<Document> positions;
    private final Duration obligationLease;
    private final Clock clock;

    @Autowired
    public PublicationPositions(MongoTemplate mongo, PublicationSettings settings) {
        this(mongo, settings.obligationLease(), Clock.systemUTC());
    }

    PublicationPositions(MongoTemplate mongo, Duration obligationLease, Clock clock) {
        this.positions = mongo.getCollection(COLLECTION);
        this.obligationLease = obligationLease;
        this.clock = clock;
        // Settling and clearing are compare-and-sets on the position's {marks, open}, which every other write of
        // them changes. The embedded wire server serves a query from an index only when the query's fields are
        // exactly the index's keys, each compared by equality; anything else (a range, an $or) scans every plan's
        // position. So the conditions are judged in Java on the document read by _id, and the write matches
        // {_id, marks, open} exactly, on this (trivially) unique index.
        StartupRetry.retry("publication position index", () -> {
            positions.createIndex(Indexes.ascending("_id", MARKS, OPEN),
                    new IndexOptions().unique(true).name(VERSION_INDEX));
            dropIndexOfEarlierVersions();
            return VERSION_INDEX;
        });
    }

    private void dropIndexOfEarlierVersions() {
        for (Document index : positions.listIndexes()) {
            if (EARLIER_VERSION_INDEX.equals(index.getString("name"))) {
                positions.dropIndex(EARLIER_VERSION_INDEX);
            }
        }
    }

    /** Marks the plan pending before its events are appended; idempotent upsert. Returns the new mark count. */
    public long mark(String planId) {
        Document after = positions.findOneAndUpdate(Filters.eq("_id", planId),
                Updates.combine(Updates.set(PENDING, true), Updates.inc(MARKS, 1L), Updates.inc(OPEN, 1L),
                        Updates.set(MARKED_AT, Date.from(clock.instant())),
                        Updates.setOnInsert(PUBLISHED, NOTHING_PUBLISHED)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return after == null ? 0 : number(after, MARKS);
    }

    public Optional<Position> find(String planId) {
        return Optional.ofNullable(stored(planId)).map(PublicationPositions::toPosition);
    }

    private Document stored(String planId) {
        return positions.find(Filters.eq("_id", planId)).first();
    }

    /** Moves the published sequence forward (never back). */
    public void advance(String planId, long publishedSequence) {
        positions.updateOne(Filters.eq("_id", planId), Updates.max(PUBLISHED, publishedSequence));
    }

    /** One append of the plan (marked by {@link #mark}) is over: handed over, or failed. Never below zero. */
    public void settle(String planId) {
        while (true) {
            Document current = stored(planId);
            long open = current == null ? 0 : number(current, OPEN);
            if (open <= 0 || positions.updateOne(unchanged(planId, current), Updates.set(OPEN, open - 1))
                    .getMatchedCount() == 1) {
                return;
            }
        }
    }

    /**
     * Moves the published sequence forward and clears the mark, but only if no mark was set since {@code marks}
     * was observed and no append of any instance is still open (unless the last mark is older than the lease).
     * Returns whether it matched; if not, nothing was written.
     */
    public boolean advanceAndClear(String planId, long publishedSequence, long marks) {
        Date leaseEnd = Date.from(clock.instant().minus(obligationLease));
        while (true) {
            Document current = stored(planId);
            if (current == null || number(current, MARKS) != marks) {
                return false;
            }
            Date markedAt = current.getDate(MARKED_AT);
            boolean leaseOver = markedAt != null && markedAt.before(leaseEnd);
            if (number(current, OPEN) > 0 && !leaseOver) {
                return false;
            }
            if (positions.updateOne(unchanged(planId, current), Updates.combine(
                    Updates.max(PUBLISHED, publishedSequence), Updates.set(PENDING, false), Updates.set(OPEN, 0L)))
                    .getMatchedCount() == 1) {
                return true;
            }
            // an append or a settle came in between: judge again on what is stored now
        }
    }

    /** Matches the position only while its marks and open count are still as read (exactly the version index). */
    private static Bson unchanged(String planId, Document current) {
        return Filters.and(Filters.eq("_id", planId), Filters.eq(MARKS, current.get(MARKS)),
                Filters.eq(OPEN, current.get(OPEN)));
    }

    /** Plans that may have unpublished events. A small collection (one document per plan): a scan is fine. */
    public List<String> pendingPlans() {
        List<String> plans = new ArrayList<>();
        positions.find(Filters.eq(PENDING, true)).projection(Projections.include("_id"))
                .forEach(document -> plans.add(document.getString("_id")));
        return plans;
    }

    private static Position toPosition(Document document) {
        return new Position(document.getString("_id"), number(document, PUBLISHED),
                Boolean.TRUE.equals(document.getBoolean(PENDING)), number(document, MARKS));
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
