package com.netfocus.reconciliation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the projections of plan events that remember, per plan, the last sequence they applied: the catalog's
 * plan needs (with its targets and chosen platforms) and platform activity (counts per platform), the contact
 * service's plan people (with its targets); by the names {@link CatalogProjections} and {@link ContactProjections}
 * declare.
 */
public final class ProjectionReader {

    static final String CATALOG_PLAN_NEEDS = "catalog " + CatalogProjections.PLAN_NEEDS;
    static final String CONTACT_PLAN_PEOPLE = "contact " + ContactProjections.PLAN_PEOPLE;

    private ProjectionReader() {
    }

    public static Map<String, PlanProjection> planNeeds(MongoDatabase catalog) {
        return plans(catalog.getCollection(CatalogProjections.PLAN_NEEDS), CatalogProjections.APPLIED_SEQUENCE,
                CatalogProjections.TARGETS, CatalogProjections.CHOSEN_PLATFORMS);
    }

    public static Map<String, PlanProjection> planPeople(MongoDatabase contacts) {
        return plans(contacts.getCollection(ContactProjections.PLAN_PEOPLE), ContactProjections.APPLIED_SEQUENCE,
                ContactProjections.TARGETS, null);
    }

    public static Map<String, PlatformCounts> platformActivity(MongoDatabase catalog) {
        Map<String, PlatformCounts> counts = new HashMap<>();
        catalog.getCollection(CatalogProjections.PLATFORM_ACTIVITY).find()
                .projection(Projections.include(CatalogProjections.PLATFORM_ACTIVITY_FIELDS))
                .forEach(document -> counts.put(String.valueOf(document.get("_id")), new PlatformCounts(
                        number(document, CatalogProjections.TIMES_CHOSEN),
                        number(document, CatalogProjections.ATTENDANCES),
                        number(document, CatalogProjections.PEOPLE_MET))));
        return counts;
    }

    /** {@code chosenPlatforms} null: the projection does not keep the plan's chosen platforms. */
    private static Map<String, PlanProjection> plans(MongoCollection<Document> collection, String appliedSequence,
                                                     String targets, String chosenPlatforms) {
        List<String> fields = new ArrayList<>(List.of(appliedSequence, targets));
        if (chosenPlatforms != null) {
            fields.add(chosenPlatforms);
        }
        Map<String, PlanProjection> plans = new HashMap<>();
        collection.find().projection(Projections.include(fields)).forEach(document -> {
            String planId = String.valueOf(document.get("_id"));
            plans.put(planId, new PlanProjection(planId, number(document, appliedSequence), size(document, targets),
                    chosenPlatforms == null ? PlanProjection.NOT_KEPT : size(document, chosenPlatforms)));
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
