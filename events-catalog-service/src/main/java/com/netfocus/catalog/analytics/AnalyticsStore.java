package com.netfocus.catalog.analytics;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The analytics documents; every read and write goes by {@code _id} (the wire server has no secondary indexes, so
 * anything else would scan):
 * <ul>
 *   <li>{@code _plans}: one {@link PlanFacts} per plan;</li>
 *   <li>{@code _figures}: per (org, scope, subject, month), each plan's {@link Figures} under {@code plans.<planId>},
 *       set, never incremented, so writing a plan's figures again changes nothing;</li>
 *   <li>{@code _subjects}: per (org, scope, subject) the months that have figures, and per (org, team) its members;</li>
 *   <li>{@code _platforms}: per (org, platform), each plan's {@link PlatformFigures}; the org's platforms with
 *       figures are listed in {@code _subjects}. One document per platform, not per org: a document holding every
 *       platform of the org would grow with all its plans and be rewritten whole on every attendance.</li>
 * </ul>
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
    private static final String PLANS = "plans";
    private static final String MONTHS = "months";
    private static final String PLATFORMS = "platforms";
    private static final String PLATFORM_ID = "platformId";

    private final MongoTemplate mongo;
    private final String plans;
    private final String figures;
    private final String subjects;
    private final String platforms;

    AnalyticsStore(MongoTemplate mongo, AnalyticsProperties properties) {
        this.mongo = mongo;
        String prefix = properties.collectionPrefix();
        this.plans = prefix + "_plans";
        this.figures = prefix + "_figures";
        this.subjects = prefix + "_subjects";
        this.platforms = prefix + "_platforms";
    }

    PlanFacts facts(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanFacts.class, plans)).orElseGet(() -> PlanFacts.empty(planId));
    }

    void saveFacts(PlanFacts facts) {
        mongo.save(facts, plans);
    }

    /** The scopes and subjects one plan counts for: its owner, its team, its org, and its owner within the team. */
    static List<String[]> subjectsOf(PlanFacts facts) {
        return List.of(new String[]{REP, facts.ownerId()}, new String[]{TEAM, facts.team()},
                new String[]{ORG, facts.org()}, new String[]{MEMBER, memberKey(facts.team(), facts.ownerId())});
    }

    static String memberKey(String team, String userId) {
        return StoreKeys.id(team, userId);
    }

    /** Sets the plan's figures of one month for each of its subjects (and notes the month and the team member). */
    void writeMonth(PlanFacts facts, String month, Figures monthFigures, boolean newMonth) {
        Document value = toDocument(monthFigures);
        for (String[] subject : subjectsOf(facts)) {
            String id = StoreKeys.id(facts.org(), subject[0], subject[1], month);
            mongo.upsert(query(where("_id").is(id)), new Update()
                    .set(PLANS + "." + StoreKeys.field(facts.planId()), value), figures);
            if (newMonth) {
                mongo.upsert(query(where("_id").is(StoreKeys.id(facts.org(), subject[0], subject[1]))),
                        new Update().addToSet(MONTHS, month), subjects);
            }
        }
    }

    void noteMember(PlanFacts facts) {
        mongo.upsert(query(where("_id").is(StoreKeys.id(facts.org(), MEMBERS_OF, facts.team()))),
                new Update().addToSet(MEMBERS_OF, facts.ownerId()), subjects);
    }

    /** Sets the plan's figures at one platform; {@code newForPlan}: also lists the platform among the org's. */
    void writePlatform(PlanFacts facts, String platformId, PlatformFigures platformFigures, boolean newForPlan) {
        mongo.upsert(query(where("_id").is(StoreKeys.id(facts.org(), platformId))), new Update()
                .set(PLATFORM_ID, platformId)
                .set(PLANS + "." + StoreKeys.field(facts.planId()), toDocument(platformFigures)), platforms);
        if (newForPlan) {
            mongo.upsert(query(where("_id").is(StoreKeys.id(facts.org(), PLATFORMS))),
                    new Update().addToSet(PLATFORMS, platformId), subjects);
        }
    }

    /** The subject's figures per month ("yyyy-MM"), summed over its plans; months without figures are absent. */
    Map<String, Figures> monthly(String org, String scope, String subject) {
        Document index = mongo.findById(StoreKeys.id(org, scope, subject), Document.class, subjects);
        List<?> months = index == null ? List.of() : index.getList(MONTHS, Object.class, List.of());
        if (months.isEmpty()) {
            return Map.of();
        }
        List<String> ids = months.stream().map(month -> StoreKeys.id(org, scope, subject, month.toString())).toList();
        Map<String, Figures> result = new TreeMap<>();
        Map<String, String> monthOfId = new LinkedHashMap<>();
        months.forEach(month -> monthOfId.put(StoreKeys.id(org, scope, subject, month.toString()), month.toString()));
        for (Document document : mongo.find(query(where("_id").in(ids)), Document.class, figures)) {
            Figures sum = Figures.NONE;
            for (Document planFigures : valuesInKeyOrder(document.get(PLANS, Document.class))) {
                sum = sum.plus(mongo.getConverter().read(Figures.class, planFigures));
            }
            result.put(monthOfId.get(document.getString("_id")), sum);
        }
        return result;
    }

    /** The members of a team: the owners of its plans. */
    Set<String> members(String org, String team) {
        Document index = mongo.findById(StoreKeys.id(org, MEMBERS_OF, team), Document.class, subjects);
        return index == null ? Set.of() : new HashSet<>(index.getList(MEMBERS_OF, String.class, List.of()));
    }

    /** Every platform of the org with attendances, summed over plans, by platform id. */
    Map<String, PlatformFigures> platforms(String org) {
        Document index = mongo.findById(StoreKeys.id(org, PLATFORMS), Document.class, subjects);
        List<String> platformIds = index == null ? List.of() : index.getList(PLATFORMS, String.class, List.of());
        Map<String, PlatformFigures> result = new TreeMap<>();
        if (platformIds.isEmpty()) {
            return result;
        }
        List<String> ids = platformIds.stream().map(platformId -> StoreKeys.id(org, platformId)).toList();
        for (Document platform : mongo.find(query(where("_id").in(ids)), Document.class, platforms)) {
            PlatformFigures sum = null;
            for (Document planFigures : valuesInKeyOrder(platform.get(PLANS, Document.class))) {
                PlatformFigures one = mongo.getConverter().read(PlatformFigures.class, planFigures);
                sum = sum == null ? one : sum.plus(one);
            }
            if (sum != null) {
                result.put(platform.getString(PLATFORM_ID), sum);
            }
        }
        return result;
    }

    private Document toDocument(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        document.remove("_class");
        return document;
    }

    private static List<Document> valuesInKeyOrder(Document map) {
        if (map == null) {
            return List.of();
        }
        List<Document> values = new ArrayList<>();
        new TreeMap<>(map).values().stream().filter(Objects::nonNull).map(Document.class::cast).forEach(values::add);
        return values;
    }
}
