package com.netfocus.planning.team;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.TargetProfile;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices of every plan of one team of one org, in one document keyed by org and team: what a choice reads to
 * find the teammates already going to a platform, with one look-up by key. {@code version} counts the writes: each is
 * a compare-and-set on it. Immutable and pure.
 */
@Document(TeamChoices.COLLECTION)
public record TeamChoices(@Id String key, String org, String team, long version, Map<String, TeamPlan> plans) {

    public static final String COLLECTION = "team_choices";
    static final String ORG = "org";
    static final String TEAM = "team";
    static final String VERSION = "version";
    static final String PLANS = "plans";

    public TeamChoices {
        plans = plans == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    }

    /** The key of a team's document: org and team, each URL-encoded so that neither can run into the other. */
    public static String keyOf(String org, String team) {
        return URLEncoder.encode(org, StandardCharsets.UTF_8) + "/" + URLEncoder.encode(team, StandardCharsets.UTF_8);
    }

    public static TeamChoices empty(String org, String team) {
        return new TeamChoices(keyOf(org, team), org, team, 0, Map.of());
    }

    /** The team with the event applied to its plan (see {@link TeamPlan#applied}). */
    public TeamChoices applied(PlanEventEnvelope envelope, PlanEvent event) {
        TeamPlan plan = plans.getOrDefault(envelope.planId(), TeamPlan.unknown(envelope.planId()));
        TeamPlan next = plan.applied(envelope, event);
        if (next == plan) {
            return this;
        }
        Map<String, TeamPlan> changed = new LinkedHashMap<>(plans);
        changed.put(envelope.planId(), next);
        return new TeamChoices(key, org, team, version, changed);
    }

    /**
     * The plans of teammates (owners other than {@code ownerId}) that chose the platform for at least one profile
     * target still looked for, each with those profiles.
     */
    public List<TeammateChoice> at(String platformId, String ownerId) {
        List<TeammateChoice> teammates = new ArrayList<>();
        plans.values().forEach(plan -> {
            if (plan.ownerId() != null && !plan.ownerId().equals(ownerId)) {
                List<TargetProfile> profiles = plan.profilesAt(platformId);
                if (!profiles.isEmpty()) {
                    teammates.add(new TeammateChoice(plan.ownerId(), plan.planId(), profiles));
                }
            }
        });
        return teammates;
    }

    /** The plans whose state differs from {@code stored}'s: what one write sets. */
    public Map<String, TeamPlan> changedSince(TeamChoices stored) {
        Map<String, TeamPlan> changed = new LinkedHashMap<>();
        plans.forEach((planId, plan) -> {
            if (!plan.equals(stored.plans().get(planId))) {
                changed.put(planId, plan);
            }
        });
        return changed;
    }
}
