package com.netfocus.reconciliation;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the projections of plan events that remember, per plan, the last sequence they applied: the catalog's
 * {@code plan_needs} (with its targets and chosen platforms) and {@code platform_activity} (counts per platform),
 * the contact service's {@code plan_people} (with its targets).
 */
final class ProjectionReader {

    static final String CATALOG_PLAN_NEEDS = "catalog plan_needs";
    static final String CONTACT_PLAN_PEOPLE = "contact plan_people";
    private static final String APPLIED_SEQUENCE = "appliedSequence";

    private ProjectionReader() {
    }

    static Map<String, PlanProjection> planNeeds(MongoDatabase catalog) {
        return plans(catalog, "plan_needs", true);
    }

    static Map<String, PlanProjection> planPeople(MongoDatabase contacts) {
        return plans(contacts, "plan_people", false);
    }

    static Map<String, PlatformCounts> platformActivity(MongoDatabase catalog) {
        Map<String, PlatformCounts> counts = new HashMap<>();
        catalog.getCollection("platform_activity").find()
                .projection(Projections.include("timesChosen", "attendances", "peopleMet"))
                .forEach(document -> counts.put(String.valueOf(document.get("_id")), new PlatformCounts(
                        number(document, "timesChosen"), number(document, "attendances"),
                        number(document, "peopleMet"))));
        return counts;
    }

    private static Map<String, PlanProjection> plans(MongoDatabase database, String collection, boolean keepsPlatforms) {
        Map<String, PlanProjection> plans = new HashMap<>();
        database.getCollection(collection).find()
                .projection(Projections.include(APPLIED_SEQUENCE, "targets", "chosenPlatforms"))
                .forEach(document -> {
                    String planId = String.valueOf(document.get("_id"));
                    plans.put(planId, new PlanProjection(planId, number(document, APPLIED_SEQUENCE),
                            size(document, "targets"),
                            keepsPlatforms ? size(document, "chosenPlatforms") : PlanProjection.NOT_KEPT));
                });
        return plans;
    }

    private static long size(Document document, String field) {
        return document.get(field) instanceof List<?> list ? list.size() : 0;
    }

    private static long number(Document document, String field) {
        return document.get(field) instanceof Number n ? n.longValue() : -1;
    }
}
