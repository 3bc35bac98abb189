package com.netfocus.planning.settings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.limits.PlanRules;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The orgs' settings ({@code org_settings}, one document per org, keyed by org). An org that never saved any gets
 * the defaults from application.yml ({@code netfocus.planning.max-active-objectives},
 * {@code netfocus.planning.smart.people-met-per-hour}, {@code minutes-before-program}, {@code minutes-after-program},
 * {@code max-plan-months}; a team overlap is a warning); a document saved before a setting existed reads that
 * setting's default.
 */
@Component
public class OrgSettingsStore {

    public static final String COLLECTION = "org_settings";

    private final MongoCollection<Document> settings;
    private final OrgSettings defaults;

    public OrgSettingsStore(MongoTemplate mongo, PlanRules rules) {
        this.settings = mongo.getCollection(COLLECTION);
        this.defaults = rules.defaultOrgSettings();
    }

    public OrgSettings of(String org) {
        return saved(org).orElse(defaults);
    }

    public OrgSettings defaults() {
        return defaults;
    }

    public Optional<OrgSettings> saved(String org) {
        Document document = settings.find(Filters.eq("_id", org)).first();
        return Optional.ofNullable(document).map(d -> new OrgSettings(d.getInteger("maxActiveObjectives"),
                d.getDouble("peopleMetPerHour"),
                d.getInteger("minutesBeforeProgram", defaults.minutesBeforeProgram()),
                d.getInteger("minutesAfterProgram", defaults.minutesAfterProgram()),
                d.getInteger("maxPlanMonths", defaults.maxPlanMonths()),
                d.getBoolean("refuseTeamOverlap", defaults.refuseTeamOverlap())));
    }

    public void save(String org, OrgSettings value, String updatedBy, Instant updatedAt) {
        Document document = new Document("_id", org)
                .append("maxActiveObjectives", value.maxActiveObjectives())
                .append("peopleMetPerHour", value.peopleMetPerHour())
                .append("minutesBeforeProgram", value.minutesBeforeProgram())
                .append("minutesAfterProgram", value.minutesAfterProgram())
                .append("maxPlanMonths", value.maxPlanMonths())
                .append("refuseTeamOverlap", value.refuseTeamOverlap())
                .append("updatedBy", updatedBy)
                .append("updatedAt", Date.from(updatedAt));
        settings.replaceOne(Filters.eq("_id", org), document, new ReplaceOptions().upsert(true));
    }
}
