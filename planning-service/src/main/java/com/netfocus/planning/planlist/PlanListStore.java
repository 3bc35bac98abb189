package com.netfocus.planning.planlist;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.netfocus.planning.startup.StartupRetry;
import com.netfocus.support.guarded.GuardedWrite;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The plan list in MongoDB, every read and write by {@code _id} (the one index the embedded wire server serves such
 * queries from):
 * <ul>
 *   <li>{@code plan_list}: one document per plan ({@code _id}: the plan id) with what the list shows and what it needs
 *   to follow the plan's events ({@link ListedPlan});</li>
 *   <li>{@code plan_list_buckets}: per scope ({@link ListScope}) and week of the plans' start, their entries
 *   ({@link ListEntry}: status, period, title; with the sequence of the plan's event they are as of), in the order of
 *   their plan ids (whatever order they were written in, a bucket holds the same);</li>
 *   <li>{@code plan_list_scopes}: per scope, its weeks and how many open and closed plans each holds, with the
 *   revision of the bucket they were counted from ({@link ScopeDirectory}): the sum of its entries' sequences, each
 *   plus one, which every change of the bucket makes larger (an entry is only ever replaced by a later one, and only
 *   ever added).</li>
 * </ul>
 * Buckets and directories carry their revision too (a directory's: the sum of its weeks'), and are changed by a read
 * and a write back on exactly {@code (_id, revision)} (a unique index), never by a conditional update, which the wire
 * server would answer by scanning every bucket or directory.
 * A list reads its scope's directory, then the buckets it needs, then one page's plans: three reads by id. Entries
 * change only with a plan's title, end or status, so most events rewrite the plan's document alone.
 *
 * <p>A plan is written once per poll: its entries first (in place of the plan's older one in its bucket, each step
 * safe to repeat and none undoing a later writer's), then the plan's document with a compare-and-set on the
 * sequence it was read at (served by the unique index on {@code (_id, appliedSequence)}): if another writer got in
 * between, nothing more is written and the poll is retried from a fresh read; if the process stops between the two,
 * the retried poll writes the same entries again.
 */
@Component
class PlanListStore {

    static final String PLANS = "plan_list";
    static final String BUCKETS = "plan_list_buckets";
    static final String SCOPES = "plan_list_scopes";
    static final String APPLIED_SEQUENCE = "appliedSequence";
    private static final String ID = "_id";
    private static final String HOURS = "hours";
    private static final String STATUS = "status";
    private static final String ENTRIES = "entries";
    private static final String WEEKS = "weeks";
    private static final String OPEN = "open";
    private static final String CLOSED = "closed";
    private static final String PLAN_ID = "planId";
    private static final String ENTRY_VERSION = "entryVersion";
    private static final String REVISION = "revision";

    private final MongoTemplate mongo;
    private final MongoCollection<Document> plans;
    private final MongoCollection<Document> buckets;
    private final MongoCollection<Document> scopes;

    PlanListStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.plans = mongo.getCollection(PLANS);
        this.buckets = mongo.getCollection(BUCKETS);
        this.scopes = mongo.getCollection(SCOPES);
        StartupRetry.retry("plan list index", () -> mongo.indexOps(PLANS)
                .ensureIndex(GuardedWrite.index(APPLIED_SEQUENCE)));
        for (String revised : List.of(BUCKETS, SCOPES)) {
            StartupRetry.retry("plan list revision index", () -> mongo.indexOps(revised)
                    .ensureIndex(GuardedWrite.index(REVISION)));
        }
    }

    /** The plan as stored, or one nothing of which is applied yet. */
    ListedPlan read(String planId) {
        Document document = plans.find(Filters.eq(ID, planId)).first();
        return document == null ? ListedPlan.none(planId) : fromDocument(document);
    }

    /** Makes the stored plan {@code applied}, {@code stored} being what {@link #read} found; nothing if they agree. */
    void write(ListedPlan stored, ListedPlan applied) {
        if (applied.equals(stored)) {
            return;
        }
        writeEntries(stored, applied);
        GuardedWrite.replace(mongo, PLANS, applied.planId(), stored.exists(), APPLIED_SEQUENCE, stored.version(),
                toDocument(applied));
    }

    /** The scope's weeks and their counts; none for a scope without plans. */
    ScopeDirectory directory(ListScope scope) {
        Document directory = scopes.find(Filters.eq(ID, scope.id())).first();
        Map<String, ScopeDirectory.BucketCounts> weeks = new LinkedHashMap<>();
        if (directory != null && directory.get(WEEKS) instanceof Document byWeek) {
            byWeek.forEach((week, counts) -> weeks.put(week, new ScopeDirectory.BucketCounts(
                    number(((Document) counts).get(OPEN)).longValue(),
                    number(((Document) counts).get(CLOSED)).longValue())));
        }
        return new ScopeDirectory(weeks);
    }

    /** The entries the scope's buckets of these weeks hold, of plans in {@code status} (or of any when null). */
    List<ListEntry> entries(ListScope scope, List<String> weeks, ListStatus status) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        List<ListEntry> found = new ArrayList<>();
        buckets.find(Filters.in(ID, weeks.stream().map(scope::bucketId).toList())).forEach(bucket ->
                bucket.getList(ENTRIES, Document.class, List.of()).stream().map(PlanListStore::entryOf)
                        .filter(entry -> status == null || status == entry.status()).forEach(found::add));
        return found;
    }

    /** The plans' items, in the order of {@code planIds}; one read. */
    List<PlanListItem> items(List<String> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        Map<String, PlanListItem> byId = new LinkedHashMap<>();
        plans.find(Filters.in(ID, planIds)).forEach(document -> {
            ListedPlan plan = fromDocument(document);
            byId.put(plan.planId(), plan.item());
        });
        return planIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Puts the plan's entry in each of its scopes as the plan is now, when what an entry holds changed: in its bucket
     * unless the bucket holds it as of a later event, then the bucket's counts, as the bucket now holds them, in the
     * scope's directory unless the directory has them from a later state of the bucket (a later revision). So a writer
     * that falls behind (a poll retried after a rebalance, a dead letter's replay) never puts back an older entry or
     * older counts, and writers of different plans of one scope (other partitions, other instances) leave the counts of
     * the bucket's last state. A plan's scopes and start never change, so neither does its bucket. Each step is safe to
     * repeat.
     */
    private void writeEntries(ListedPlan stored, ListedPlan applied) {
        if (!listed(applied)) {
            return;
        }
        ListEntry entry = ListEntry.of(applied);
        if (listed(stored) && entry.equals(ListEntry.of(stored))) {
            return;
        }
        String week = ListScope.weekOf(applied.periodStart());
        Document entryDocument = toDocument(entry).append(ENTRY_VERSION, applied.entryVersion());
        for (ListScope scope : ListScope.of(applied)) {
            Document bucket = putInBucket(scope.bucketId(week), entryDocument, applied.entryVersion());
            countIn(scope, week, bucket);
        }
    }

    /**
     * The bucket with the entry in it, in place of an older one of the same plan, kept in the order of the plan ids;
     * the bucket as it was when it holds the plan's entry as of this event or a later one. Read, changed here and
     * written back on exactly the guard index's keys (its id and revision): a plain lookup on the wire server, which
     * would scan every bucket for a conditional update; a writer that got in between makes this one read again.
     */
    private Document putInBucket(String bucketId, Document entry, long entryVersion) {
        String planId = entry.getString(PLAN_ID);
        while (true) {
            Document bucket = buckets.find(Filters.eq(ID, bucketId)).first();
            List<Document> held = bucket == null ? List.of() : bucket.getList(ENTRIES, Document.class, List.of());
            boolean heldAsOfLater = held.stream().anyMatch(each -> planId.equals(each.getString(PLAN_ID))
                    && number(each.get(ENTRY_VERSION)).longValue() >= entryVersion);
            if (heldAsOfLater) {
                return bucket;
            }
            List<Document> entries = new ArrayList<>(held.stream()
                    .filter(each -> !planId.equals(each.getString(PLAN_ID))).toList());
            entries.add(entry);
            entries.sort(Comparator.comparing(each -> each.getString(PLAN_ID)));
            Document changed = new Document(ID, bucketId).append(REVISION, bucketRevision(entries))
                    .append(ENTRIES, entries);
            if (guardedWrite(BUCKETS, bucket, changed)) {
                return changed;
            }
        }
    }

    /**
     * The bucket's counts in the scope's directory, unless it has them from the bucket's revision or a later one; read
     * and written back on exactly the guard index's keys, as the bucket is.
     */
    private void countIn(ListScope scope, String week, Document bucket) {
        List<Document> held = bucket.getList(ENTRIES, Document.class, List.of());
        long closed = held.stream().filter(each -> ListStatus.CLOSED.name().equals(each.getString(STATUS))).count();
        long revision = bucketRevision(held);
        while (true) {
            Document directory = scopes.find(Filters.eq(ID, scope.id())).first();
            Document weeks = directory != null && directory.get(WEEKS) instanceof Document byWeek
                    ? new Document(byWeek) : new Document();
            if (weeks.get(week) instanceof Document counted
                    && number(counted.get(REVISION)).longValue() >= revision) {
                return;
            }
            weeks.put(week, new Document(OPEN, (long) held.size() - closed).append(CLOSED, closed)
                    .append(REVISION, revision));
            long directoryRevision = weeks.values().stream()
                    .mapToLong(counts -> number(((Document) counts).get(REVISION)).longValue()).sum();
            Document changed = new Document(ID, scope.id()).append(REVISION, directoryRevision).append(WEEKS, weeks);
            if (guardedWrite(SCOPES, directory, changed)) {
                return;
            }
        }
    }

    /**
     * A bucket's revision: the sum of its entries' event sequences, each plus one. Every change of the bucket makes it
     * larger (an entry is only ever replaced by a later one, and only ever added), and so every change of a directory
     * makes the sum of its weeks' revisions larger: both are the same however often and in whichever order the events
     * were applied, as a replay must give the same documents.
     */
    private static long bucketRevision(List<Document> entries) {
        return entries.stream().mapToLong(each -> number(each.get(ENTRY_VERSION)).longValue() + 1).sum();
    }

    /**
     * Writes {@code changed} in place of {@code read} (none: a new document) if nobody changed it since ({@link
     * GuardedWrite}: on exactly the guard index's keys; a document stored before revisions were kept is matched by its
     * revision's absence); false when somebody did. Documents are stored with their guard (revision, applied sequence)
     * first, after the id: on the wire server a read overlapping a replacement of the document was seen to return the
     * old document's first fields with the new one's last, and a guard read from the new document over old content
     * would let a write undo the replacement; a guard read first can only be behind, and the write then fails.
     */
    private boolean guardedWrite(String collection, Document read, Document changed) {
        try {
            GuardedWrite.replace(mongo, collection, changed.getString(ID), read != null, REVISION,
                    read == null ? null : read.get(REVISION), changed);
            return true;
        } catch (ConcurrentModificationException writtenMeanwhile) {
            return false;
        }
    }

    private static boolean listed(ListedPlan plan) {
        return plan.exists() && plan.org() != null && plan.periodStart() != null;
    }

    private static Document toDocument(ListedPlan plan) {
        return new Document(ID, plan.planId())
                .append(APPLIED_SEQUENCE, plan.version())
                .append("org", plan.org())
                .append("team", plan.team())
                .append("ownerId", plan.ownerId())
                .append("title", plan.title())
                .append("periodStart", text(plan.periodStart()))
                .append("periodEnd", text(plan.periodEnd()))
                .append("hoursBudget", plan.hoursBudget())
                .append("plannedHours", pairs(plan.plannedHours(), HOURS))
                .append("spentHours", pairs(plan.spentHours(), HOURS))
                .append("objectives", pairs(plan.objectiveStatuses(), STATUS))
                .append("closed", plan.closed())
                .append("updatedAt", plan.updatedAt() == null ? null : Date.from(plan.updatedAt()))
                .append(ENTRY_VERSION, plan.entryVersion());
    }

    private static ListedPlan fromDocument(Document document) {
        Date updatedAt = document.getDate("updatedAt");
        return new ListedPlan(document.getString(ID), document.getString("org"), document.getString("team"),
                document.getString("ownerId"), document.getString("title"), date(document.getString("periodStart")),
                date(document.getString("periodEnd")), number(document.get("hoursBudget")),
                unpair(document, "plannedHours", HOURS, PlanListStore::number),
                unpair(document, "spentHours", HOURS, PlanListStore::number),
                unpair(document, "objectives", STATUS, String::valueOf), document.getBoolean("closed", false),
                number(document.get(APPLIED_SEQUENCE)).longValue(), updatedAt == null ? null : updatedAt.toInstant(),
                number(document.get(ENTRY_VERSION)).longValue());
    }

    private static Document toDocument(ListEntry entry) {
        return new Document(PLAN_ID, entry.planId()).append(STATUS, entry.status().name())
                .append("periodStart", text(entry.periodStart())).append("periodEnd", text(entry.periodEnd()))
                .append("title", entry.title());
    }

    private static ListEntry entryOf(Document document) {
        return new ListEntry(document.getString(PLAN_ID), ListStatus.valueOf(document.getString(STATUS)),
                date(document.getString("periodStart")), date(document.getString("periodEnd")),
                document.getString("title"));
    }

    /** A map as a list of {id, value} pairs: ids never become field names (no escaping of '.' or '$' needed). */
    private static List<Document> pairs(Map<String, ?> map, String valueField) {
        return map.entrySet().stream().map(entry -> new Document("id", entry.getKey()).append(valueField,
                entry.getValue())).toList();
    }

    private static <V> Map<String, V> unpair(Document document, String field, String valueField,
                                             Function<Object, V> value) {
        Map<String, V> map = new LinkedHashMap<>();
        document.getList(field, Document.class, List.of())
                .forEach(pair -> map.put(pair.getString("id"), value.apply(pair.get(valueField))));
        return map;
    }

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : 0.0;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
