package com.netfocus.catalog.analytics;

import com.netfocus.support.guarded.GuardedBatch;
import com.netfocus.support.guarded.GuardedWrite;
import com.netfocus.support.indexes.StartupIndexes.DocumentIndex;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The analytics documents; every read and write goes by {@code _id} (the wire server has no secondary indexes, so
 * anything else would scan):
 * <ul>
 *   <li>{@code _plans}: one {@link PlanFacts} per plan;</li>
 *   <li>{@code _plan_figures}: one per plan, its {@link Figures} per month ({@code months.<yyyy-MM>}) and its
 *       {@link PlatformFigures} per platform ({@code platforms.<platformId>}), set, never incremented, so writing a
 *       plan's figures again changes nothing;</li>
 *   <li>{@code _plan_lists}: per (org, scope, subject, month) and per (org, platform), the plans with figures
 *       there;</li>
 *   <li>{@code _subjects}: per (org, scope, subject) the months that have figures, per (org, team) its members, and
 *       per org its platforms with figures.</li>
 * </ul>
 * An event therefore rewrites one small document of its own plan, plus a list entry the first time the plan counts
 * in a month or at a platform. No document holding many plans' figures is rewritten per event: such documents grow
 * with the org, and rewriting them whole made the projection fall behind under a steady load (the soak run).
 * Sums over plans are taken when read, in plan id order, so the same contributions always give the same numbers.
 */
@Component
class AnalyticsStore {

    static final String REP = "rep";
    static final String TEAM = "team";
    static final String ORG = "org";
    /** A rep's figures within one team, for the team's member table. */
    static final String MEMBER = "member";
    private static final String MEMBERS_OF = "members";
    private static final String PLATFORM = "platform";
    private static final String PLANS = "plans";
    private static final String MONTHS = "months";
    private static final String PLATFORMS = "platforms";
    private static final String ORG_FIELD = "org";

    private final MongoTemplate mongo;
    private final String plans;
    private final String planFigures;
    private final String planLists;
    private final String subjects;

    AnalyticsStore(MongoTemplate mongo, AnalyticsProperties properties) {
        this.mongo = mongo;
        AnalyticsCollections collections = new AnalyticsCollections(properties.collectionPrefix());
        this.plans = collections.plans();
        this.planFigures = collections.planFigures();
        this.planLists = collections.planLists();
        this.subjects = collections.subjects();
    }

    /** The plan's facts as stored; null before any event of the plan was applied. */
    PlanFacts storedFacts(String planId) {
        return storedFacts(List.of(planId)).get(planId);
    }

    /** The plans' facts as stored, by plan id, in one query by id (a plan none of whose events was applied: absent). */
    Map<String, PlanFacts> storedFacts(Collection<String> planIds) {
        Map<String, PlanFacts> stored = new HashMap<>();
        mongo.find(query(where("_id").in(planIds)), PlanFacts.class, plans)
                .forEach(facts -> stored.put(facts.planId(), facts));
        return stored;
    }

    /** A poll's writes to the analytics documents, to gather over its plans and send together. */
    Writes writes() {
        return new Writes();
    }

    /** The index that serves the facts' compare-and-set on the wire server. */
    DocumentIndex guardIndex() {
        return new DocumentIndex(plans, GuardedWrite.index(PlanFacts.APPLIED_SEQUENCE));
    }

    /** The scopes and subjects one plan counts for: its owner, its team, its org, and its owner within the team. */
    static List<String[]> subjectsOf(PlanFacts facts) {
        return List.of(new String[]{REP, facts.ownerId()}, new String[]{TEAM, facts.team()},
                new String[]{ORG, facts.org()}, new String[]{MEMBER, memberKey(facts.team(), facts.ownerId())});
    }

    static String memberKey(String team, String userId) {
        return StoreKeys.id(team, userId);
    }

    /**
     * Writes to the analytics documents, gathered over the plans of a poll and sent in one round trip per collection:
     * the lists, then the plans' figures, then their facts, so that a crash before the facts are saved repeats the same
     * writes (each sets values or adds to sets, so writing it again changes nothing).
     */
    final class Writes {

        private final Listing planListing = new Listing();
        private final Listing subjectListing = new Listing();
        private final BulkOperations figureUpdates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, planFigures);
        private final GuardedBatch factsSaved = new GuardedBatch(mongo, plans, PlanFacts.APPLIED_SEQUENCE);
        private int figureWrites;

        /** Sets, in the plan's own document, its figures of the given months and platforms. */
        void planFigures(PlanFacts facts, Map<String, Figures> months, Map<String, PlatformFigures> platforms) {
            if (months.isEmpty() && platforms.isEmpty()) {
                return;
            }
            Update update = new Update().set(ORG_FIELD, facts.org());
            months.forEach((month, figures) -> update.set(MONTHS + "." + StoreKeys.field(month), toDocument(figures)));
            platforms.forEach((platformId, figures) ->
                    update.set(PLATFORMS + "." + StoreKeys.field(platformId), toDocument(figures)));
            figureUpdates.upsert(query(where("_id").is(facts.planId())), update);
            figureWrites++;
        }

        /**
         * Lists the plan where it newly has figures: under each of its subjects in each new month (and the month under
         * the subject), among the plans with figures at each new platform (and the platform among the org's), and its
         * owner among the team's members when the plan is new here. Each entry is added to a set, so writing it again
         * changes nothing.
         */
        void listPlan(PlanFacts facts, boolean newMember, Collection<String> months, Collection<String> platformIds) {
            for (String month : months) {
                for (String[] subject : subjectsOf(facts)) {
                    planListing.add(StoreKeys.id(facts.org(), subject[0], subject[1], month), PLANS, facts.planId());
                    subjectListing.add(StoreKeys.id(facts.org(), subject[0], subject[1]), MONTHS, month);
                }
            }
            for (String platformId : platformIds) {
                planListing.add(StoreKeys.id(facts.org(), PLATFORM, platformId), PLANS, facts.planId());
                subjectListing.add(StoreKeys.id(facts.org(), PLATFORMS), PLATFORMS, platformId);
            }
            if (newMember) {
                subjectListing.add(StoreKeys.id(facts.org(), MEMBERS_OF, facts.team()), MEMBERS_OF, facts.ownerId());
            }
        }

        /**
         * Saves the facts, if the stored ones are still those applied up to {@code expectedSequence} ({@code stored}
         * false: there are none yet): a compare-and-set ({@link GuardedBatch}), served by
         * {@link AnalyticsStore#guardIndex()}.
         */
        void saveFacts(PlanFacts facts, boolean stored, long expectedSequence) {
            factsSaved.replace(facts.planId(), stored, expectedSequence, facts);
        }

        /**
         * Sends the writes. Throws {@link java.util.ConcurrentModificationException} when another writer saved one of
         * the plans' facts meanwhile (after everything else was written).
         */
        void execute() {
            planListing.write(planLists);
            subjectListing.write(subjects);
            if (figureWrites > 0) {
                figureUpdates.execute();
            }
            factsSaved.execute();
        }
    }

    /** Entries to add to sets of documents of one collection: per document id, per field, the values. */
    private final class Listing {

        private final Map<String, Map<String, Set<String>>> entries = new LinkedHashMap<>();

        void add(String id, String field, String value) {
            entries.computeIfAbsent(id, key -> new LinkedHashMap<>())
                    .computeIfAbsent(field, key -> new LinkedHashSet<>()).add(value);
        }

        void write(String collection) {
            if (entries.isEmpty()) {
                return;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            entries.forEach((id, fields) -> {
                Update update = new Update();
                fields.forEach((field, values) -> update.addToSet(field).each(values.toArray()));
                bulk.upsert(query(where("_id").is(id)), update);
            });
            bulk.execute();
        }
    }

    /** The subject's figures per month ("yyyy-MM"), summed over its plans; months without figures are absent. */
    Map<String, Figures> monthly(String org, String scope, String subject) {
        List<String> months = list(subjects, StoreKeys.id(org, scope, subject), MONTHS);
        Map<String, String> keyOfList = new HashMap<>();
        months.forEach(month -> keyOfList.put(StoreKeys.id(org, scope, subject, month), month));
        // a month whose figures a correction moved away sums to nothing: it is not shown, as a replay never lists it
        return sumOverPlans(org, keyOfList, MONTHS, Figures.class, Figures::plus,
                figures -> !figures.equals(Figures.NONE));
    }

    /** The members of a team: the owners of its plans. */
    Set<String> members(String org, String team) {
        return new HashSet<>(list(subjects, StoreKeys.id(org, MEMBERS_OF, team), MEMBERS_OF));
    }

    /** Every platform of the org with attendances, summed over plans, by platform id. */
    Map<String, PlatformFigures> platforms(String org) {
        Map<String, String> keyOfList = new HashMap<>();
        list(subjects, StoreKeys.id(org, PLATFORMS), PLATFORMS)
                .forEach(platformId -> keyOfList.put(StoreKeys.id(org, PLATFORM, platformId), platformId));
        // a platform whose attendances were all retracted sums to none: it is not shown, as a replay never lists it
        return sumOverPlans(org, keyOfList, PLATFORMS, PlatformFigures.class, PlatformFigures::plus,
                figures -> figures.attendances() > 0);
    }

    /**
     * Per key, the sum over the plans listed for it of the plan's value under {@code field.<key>}: reads the lists
     * (by id: list id to key), then every plan listed once, and adds up in plan id order. Plans of another org are
     * never counted.
     */
    private <T> Map<String, T> sumOverPlans(String org, Map<String, String> keyOfList, String field, Class<T> type,
                                            BinaryOperator<T> plus, Predicate<T> counts) {
        Map<String, T> sums = new TreeMap<>();
        if (keyOfList.isEmpty()) {
            return sums;
        }
        Map<String, TreeSet<String>> plansOfKey = new HashMap<>();
        Set<String> allPlans = new HashSet<>();
        for (Document list : mongo.find(query(where("_id").in(keyOfList.keySet())), Document.class, planLists)) {
            TreeSet<String> planIds = new TreeSet<>(list.getList(PLANS, String.class, List.of()));
            plansOfKey.put(keyOfList.get(list.getString("_id")), planIds);
            allPlans.addAll(planIds);
        }
        Map<String, Document> valuesOfPlan = new HashMap<>();
        for (Document plan : mongo.find(query(where("_id").in(allPlans)), Document.class, planFigures)) {
            Document values = plan.get(field, Document.class);
            if (org.equals(plan.getString(ORG_FIELD)) && values != null) {
                valuesOfPlan.put(plan.getString("_id"), values);
            }
        }
        plansOfKey.forEach((key, planIds) -> {
            T sum = null;
            for (String planId : planIds) {
                Document values = valuesOfPlan.get(planId);
                Document value = values == null ? null : values.get(StoreKeys.field(key), Document.class);
                if (value != null) {
                    T one = mongo.getConverter().read(type, value);
                    sum = sum == null ? one : plus.apply(sum, one);
                }
            }
            if (sum != null && counts.test(sum)) {
                sums.put(key, sum);
            }
        });
        return sums;
    }

    private List<String> list(String collection, String id, String field) {
        Document document = mongo.findById(id, Document.class, collection);
        return document == null ? List.of() : new ArrayList<>(document.getList(field, String.class, List.of()));
    }

    private Document toDocument(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        document.remove("_class");
        return document;
    }

    /**
     * Per member of the org (team and user id, see {@link #memberKey}), the forecast and the actual target people of
     * their attendances, summed over their plans ({@link PlanFigures#perPlatform}): what a rep's own calibration
     * learns from. Reads the org's facts in batches (a scan of them on the embedded wire server; called in the
     * background, see OrgForecastCalibration).
     */
    Map<String, double[]> forecastsByMember(String org) {
        Map<String, double[]> byMember = new HashMap<>();
        try (Stream<PlanFacts> facts = mongo.stream(query(where(ORG_FIELD).is(org)), PlanFacts.class, plans)) {
            facts.forEach(plan -> PlanFigures.perPlatform(plan).values().forEach(figures -> {
                double[] sum = byMember.computeIfAbsent(memberKey(plan.team(), plan.ownerId()), key -> new double[2]);
                sum[0] += figures.forecastTargetPeople();
                sum[1] += figures.actualTargetPeople();
            }));
        }
        return byMember;
    }

    /** For the layout upgrade: every plan's facts, read in batches. */
    void forEachFacts(Consumer<PlanFacts> action) {
        try (Stream<PlanFacts> facts = mongo.stream(new Query(), PlanFacts.class, plans)) {
            facts.forEach(action);
        }
    }
}
