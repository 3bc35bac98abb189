package com.netfocus.planning.planlist;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.netfocus.planning.startup.StartupRetry;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan list in MongoDB: {@code plan_list}, one document per plan ({@code _id}: the plan id) with what the list
 * shows and what it needs to follow the plan's events ({@link ListedPlan}); and {@code plan_list_entries}, the plan's
 * entry in each of its scopes ({@link ListScope}), so that a list reads its scope by a prefix of {@code _id}. Every
 * read and write goes by {@code _id}, the one index the embedded wire server serves such queries from.
 *
 * <p>A plan is written once per poll: its entries first (they change only with its title, period or status), then the
 * plan's document with a compare-and-set on the sequence it was read at (served by the unique index on
 * {@code (_id, appliedSequence)}): if another writer got in between, nothing more is written and the poll is retried
 * from a fresh read; if the process stops between the two, the retried poll writes the same entries again.
 */
@Component
class PlanListStore {

    static final String PLANS = "plan_list";
    static final String ENTRIES = "plan_list_entries";
    static final String APPLIED_SEQUENCE = "appliedSequence";
    private static final String GUARD_INDEX = "_id_appliedSequence_guard";
    private static final String ID = "_id";
    private static final String HOURS = "hours";
    private static final String STATUS = "status";

    private final MongoCollection<Document> plans;
    private final MongoCollection<Document> entries;

    PlanListStore(MongoTemplate mongo) {
        this.plans = mongo.getCollection(PLANS);
        this.entries = mongo.getCollection(ENTRIES);
        StartupRetry.retry("plan list index", () -> plans.createIndex(Indexes.ascending(ID, APPLIED_SEQUENCE),
                new IndexOptions().unique(true).name(GUARD_INDEX)));
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
        Document document = toDocument(applied);
        if (!stored.exists()) {
            try {
                plans.insertOne(document);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw changedMeanwhile(applied.planId());
                }
                throw e;
            }
        } else if (plans.replaceOne(Filters.and(Filters.eq(ID, stored.planId()),
                Filters.eq(APPLIED_SEQUENCE, stored.version())), document).getMatchedCount() == 0) {
            throw changedMeanwhile(applied.planId());
        }
    }

    /** The entries of a scope, of plans in {@code status} (or of any when null). */
    List<ListEntry> entries(ListScope scope, ListStatus status) {
        List<ListEntry> found = new ArrayList<>();
        entries.find(Filters.regex(ID, scope.pattern(status))).forEach(document -> found.add(entryOf(document)));
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

    private void writeEntries(ListedPlan stored, ListedPlan applied) {
        Map<String, ListEntry> before = entriesOf(stored);
        Map<String, ListEntry> after = entriesOf(applied);
        Set<String> stale = new HashSet<>(before.keySet());
        stale.removeAll(after.keySet());
        if (!stale.isEmpty()) {
            entries.deleteMany(Filters.in(ID, stale));
        }
        after.values().stream().filter(entry -> !entry.equals(before.get(entry.id())))
                .forEach(entry -> entries.replaceOne(Filters.eq(ID, entry.id()), toDocument(entry),
                        new ReplaceOptions().upsert(true)));
    }

    private static Map<String, ListEntry> entriesOf(ListedPlan plan) {
        if (!plan.exists() || plan.org() == null) {
            return Map.of();
        }
        return ListScope.of(plan).stream().map(scope -> ListEntry.of(scope, plan))
                .collect(Collectors.toMap(ListEntry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static ConcurrentModificationException changedMeanwhile(String planId) {
        return new ConcurrentModificationException("listed plan " + planId + " changed while events were applied to"
                + " it; retrying from a fresh read");
    }

    private static Document toDocument(ListedPlan plan) {
        return new Document(ID, plan.planId())
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
                .append(APPLIED_SEQUENCE, plan.version())
                .append("updatedAt", plan.updatedAt() == null ? null : Date.from(plan.updatedAt()));
    }

    private static ListedPlan fromDocument(Document document) {
        Date updatedAt = document.getDate("updatedAt");
        return new ListedPlan(document.getString(ID), document.getString("org"), document.getString("team"),
                document.getString("ownerId"), document.getString("title"), date(document.getString("periodStart")),
                date(document.getString("periodEnd")), number(document.get("hoursBudget")),
                unpair(document, "plannedHours", HOURS, PlanListStore::number),
                unpair(document, "spentHours", HOURS, PlanListStore::number),
                unpair(document, "objectives", STATUS, String::valueOf), document.getBoolean("closed", false),
                number(document.get(APPLIED_SEQUENCE)).longValue(), updatedAt == null ? null : updatedAt.toInstant());
    }

    private static Document toDocument(ListEntry entry) {
        return new Document(ID, entry.id()).append("planId", entry.planId())
                .append("periodStart", text(entry.periodStart())).append("periodEnd", text(entry.periodEnd()))
                .append("title", entry.title());
    }

    private static ListEntry entryOf(Document document) {
        return new ListEntry(document.getString(ID), document.getString("planId"),
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
