package com.netfocus.planning.publication;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.netfocus.planning.startup.StartupRetry;
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
import java.util.OptionalLong;

/**
 * The publication's reading position, kept in MongoDB per plan ({@code publication_positions}). Every write is a
 * single-document atomic update (no transactions on the wire server), and the published sequence only moves forward.
 *
 * <p>Several planning instances may append to one plan. Each append counts itself {@code open} with its mark and
 * settles when its events are handed over (or it failed), in whichever instance it ran; a mark is cleared only when
 * no append is open anywhere (or the open ones are older than the lease: their instance died), so one instance's
 * catch-up can never clear a mark that another instance's append, not yet stored, still needs.
 *
 * <p>A publication records what it did (appends settled, sequence published, mark cleared if allowed) in one
 * compare-and-set, so a command costs one read and one write here after its mark: on the embedded wire server every
 * operation is costly.
 */
@Component
public class PublicationPositions {

    static final String COLLECTION = "publication_positions";
    private static final String PUBLISHED = "publishedSequence";
    private static final String PENDING = "pending";
    private static final String MARKS = "marks";
    private static final String OPEN = "open";
    private static final String MARKED_AT = "markedAt";
    static final String BLOCKED_SEQUENCE = "blockedSequence";
    static final String BLOCKED_REASON = "blockedReason";
    static final String BLOCKED_SINCE = "blockedSince";
    static final String BLOCKED_TRIED_AT = "blockedTriedAt";
    private static final String VERSION_INDEX = "id_marks_open";
    /** The compare-and-set index of an earlier version, on {_id, marks}: every write would keep it up for nothing. */
    private static final String EARLIER_VERSION_INDEX = "id_marks";

    private final MongoCollection<Document> positions;
    private final Duration obligationLease;
    private final Clock clock;

    @Autowired
    public PublicationPositions(MongoTemplate mongo, PlanPublicationSettings settings) {
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
                        Updates.setOnInsert(PUBLISHED, Position.NOTHING_PUBLISHED)),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return after == null ? 0 : number(after, MARKS);
    }

    public Optional<Position> find(String planId) {
        return Optional.ofNullable(stored(planId)).map(PublicationPositions::toPosition);
    }

    private Document stored(String planId) {
        return positions.find(Filters.eq("_id", planId)).first();
    }

    /**
     * One append of the plan (marked by {@link #mark}) failed before its events were stored: it is settled, nothing
     * was published. Never below zero.
     */
    public void settle(String planId) {
        record(planId, 1, Position.NOTHING_PUBLISHED, OptionalLong.empty());
    }

    /**
     * What a publication that could not clear the mark did (it failed, or another append of this process is still
     * open): settles {@code settledAppends} of the plan's appends (never below zero) and moves the published sequence
     * forward to {@code publishedSequence} (never back), in one write.
     */
    public void settleAndAdvance(String planId, int settledAppends, long publishedSequence) {
        record(planId, settledAppends, publishedSequence, OptionalLong.empty());
    }

    /**
     * What a successful publication did, in one read and one write: settles {@code settledAppends} of the plan's
     * appends (never below zero), moves the published sequence forward (never back), and in the same write clears the
     * mark, but only if no mark was set since {@code observedMarks} and, once these are settled, no append of any
     * instance is still open (unless the last mark is older than the lease). Returns whether the mark was cleared;
     * if not, only the settling and the advance were written.
     */
    public boolean settleAndClear(String planId, int settledAppends, long publishedSequence, long observedMarks) {
        return record(planId, settledAppends, publishedSequence, OptionalLong.of(observedMarks));
    }

    /**
     * The one compare-and-set behind every settle, advance and clear: judges on the position read by _id, writes
     * only if it is still as read, else judges again on what is stored now. Writes nothing if nothing changes.
     */
    private boolean record(String planId, int settledAppends, long publishedSequence, OptionalLong clearIfMarks) {
        Date leaseEnd = Date.from(clock.instant().minus(obligationLease));
        while (true) {
            Document current = stored(planId);
            if (current == null) {
                return false; // never marked: nothing to settle, advance or clear
            }
            long open = number(current, OPEN);
            long openAfter = Math.max(0, open - settledAppends);
            Date markedAt = current.getDate(MARKED_AT);
            boolean leaseOver = markedAt != null && markedAt.before(leaseEnd);
            boolean clear = clearIfMarks.isPresent() && clearIfMarks.getAsLong() == number(current, MARKS)
                    && (openAfter == 0 || leaseOver);
            if (!clear && openAfter == open && publishedSequence <= number(current, PUBLISHED)) {
                return false;
            }
            Bson update = clear
                    ? Updates.combine(Updates.max(PUBLISHED, publishedSequence), Updates.set(PENDING, false),
                            Updates.set(OPEN, 0L))
                    : Updates.combine(Updates.max(PUBLISHED, publishedSequence), Updates.set(OPEN, openAfter));
            if (positions.updateOne(unchanged(planId, current), update).getMatchedCount() == 1) {
                return clear;
            }
            // an append, a settle or a clear came in between: judge again on what is stored now
        }
    }

    /** Matches the position only while its marks and open count are still as read (exactly the version index). */
    private static Bson unchanged(String planId, Document current) {
        return Filters.and(Filters.eq("_id", planId), Filters.eq(MARKS, current.get(MARKS)),
                Filters.eq(OPEN, current.get(OPEN)));
    }

    /**
     * Records that the plan's publication is blocked at {@code sequence} for {@code reason} (kept since the first
     * block, until {@link #unblock}); returns the position as it was before, so that a caller can tell a block it
     * already knew from a new one. A plan not marked is left as it is (there is nothing to publish).
     */
    public Optional<Position> block(String planId, long sequence, String reason) {
        Date now = Date.from(clock.instant());
        Document before = positions.findOneAndUpdate(Filters.eq("_id", planId),
                Updates.combine(Updates.set(BLOCKED_SEQUENCE, sequence), Updates.set(BLOCKED_REASON, reason),
                        Updates.min(BLOCKED_SINCE, now), Updates.set(BLOCKED_TRIED_AT, now)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        return Optional.ofNullable(before).map(PublicationPositions::toPosition);
    }

    /** The plan's publication went past its block: the block is removed. */
    public void unblock(String planId) {
        positions.updateOne(Filters.eq("_id", planId), Updates.combine(Updates.unset(BLOCKED_SEQUENCE),
                Updates.unset(BLOCKED_REASON), Updates.unset(BLOCKED_SINCE), Updates.unset(BLOCKED_TRIED_AT)));
    }

    /** Plans that may have unpublished events. A small collection (one document per plan): a scan is fine. */
    public List<String> pendingPlans() {
        List<String> plans = new ArrayList<>();
        positions.find(Filters.eq(PENDING, true)).projection(Projections.include("_id"))
                .forEach(document -> plans.add(document.getString("_id")));
        return plans;
    }

    private static Position toPosition(Document document) {
        Date blockedSince = document.getDate(BLOCKED_SINCE);
        return new Position(document.getString("_id"), number(document, PUBLISHED),
                Boolean.TRUE.equals(document.getBoolean(PENDING)), number(document, MARKS),
                document.containsKey(BLOCKED_SEQUENCE) ? number(document, BLOCKED_SEQUENCE) : Position.NOT_BLOCKED,
                blockedSince == null ? null : blockedSince.toInstant());
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
