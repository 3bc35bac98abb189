package com.netfocus.catalog.analytics;

import com.netfocus.catalog.platform.Platform;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The org's own platforms among those its figures name, as the catalog lists them (what each costs, whom it draws):
 * one read for them all. A platform of another org, or no longer in the catalog, is left out.
 */
@Component
class OrgPlatforms {

    private final MongoTemplate mongo;

    OrgPlatforms(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Map<String, Platform> byId(String org, Collection<String> platformIds) {
        Map<String, Platform> platforms = new HashMap<>();
        if (platformIds.isEmpty()) {
            return platforms;
        }
        mongo.find(query(where("_id").in(platformIds)), Platform.class).stream()
                .filter(platform -> org.equals(platform.org()))
                .forEach(platform -> platforms.put(platform.id(), platform));
        return platforms;
    }

    /** Each platform's fee, for those whose fee the catalog knows. */
    static Map<String, Double> costs(Map<String, Platform> platforms) {
        Map<String, Double> costs = new HashMap<>();
        platforms.forEach((id, platform) -> {
            if (platform.cost() != null) {
                costs.put(id, platform.cost().doubleValue());
            }
        });
        return costs;
    }

    /** What was spent per target person met: unknown (null) while the cost is unknown or nobody was met. */
    static Double costPerTargetPersonMet(Double cost, long targetPeopleMet) {
        return cost != null && targetPeopleMet > 0 ? cost / targetPeopleMet : null;
    }
}
