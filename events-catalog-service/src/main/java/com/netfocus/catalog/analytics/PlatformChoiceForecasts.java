package com.netfocus.catalog.analytics;

import com.netfocus.catalog.planneeds.CatalogOffers;
import com.netfocus.catalog.planneeds.RecommendationProperties;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.recommendation.PlatformOffer;
import com.netfocus.catalog.recommendation.PlatformRanking;
import com.netfocus.catalog.recommendation.Recommendation;
import com.netfocus.catalog.recommendation.ScoringSettings;
import com.netfocus.catalog.recommendation.ServedTarget;
import com.netfocus.catalog.recommendation.TargetNeed;
import com.netfocus.catalog.recommendation.TimePlan;
import com.netfocus.contracts.plan.PlatformChosen;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The recommendation's expected target people for a platform choice, computed again when the choice is projected:
 * the same ranking code, with the platform's audience and the profile targets the choice names (each due by its
 * objective's deadline). It is the uncalibrated forecast: the calibration learns from it, so feeding the calibration
 * back into it would make the figures depend on the order in which plans' attendances arrived, and a replay could
 * disagree with the live projection. Only a platform of the plan's org is read; the time around the programme and
 * "now" do not change expected people, so the programme's start stands in for "now" (a choice logged after the
 * event still gets its forecast).
 */
@Component
class PlatformChoiceForecasts implements PlanFactsUpdate.ChoiceForecasts {

    private static final Duration JUST_BEFORE = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final RecommendationProperties recommendation;

    PlatformChoiceForecasts(MongoTemplate mongo, RecommendationProperties recommendation) {
        this.mongo = mongo;
        this.recommendation = recommendation;
    }

    @Override
    public PlanFactsUpdate.ChoiceForecast of(String org, PlatformChosen chosen, PlanFacts facts, Instant chosenAt) {
        return forecastAt(mongo.findById(chosen.platformId(), Platform.class), org, chosen, facts);
    }

    /**
     * The forecasts of a poll's choices, the platforms they name read in one query beforehand (a replay's poll holds
     * thousands of choices of a few hundred platforms); a platform not among them is read by id.
     */
    PlanFactsUpdate.ChoiceForecasts ofPlatforms(Collection<String> platformIds) {
        Map<String, Platform> platforms = new HashMap<>();
        if (!platformIds.isEmpty()) {
            mongo.find(query(where("_id").in(platformIds)), Platform.class)
                    .forEach(platform -> platforms.put(platform.id(), platform));
        }
        return (org, chosen, facts, chosenAt) -> platforms.containsKey(chosen.platformId())
                ? forecastAt(platforms.get(chosen.platformId()), org, chosen, facts)
                : of(org, chosen, facts, chosenAt);
    }

    private PlanFactsUpdate.ChoiceForecast forecastAt(Platform platform, String org, PlatformChosen chosen,
                                                     PlanFacts facts) {
        if (platform == null || org == null || !org.equals(platform.org()) || platform.programStartsAt() == null
                || platform.programEndsAt() == null || !platform.programEndsAt().isAfter(platform.programStartsAt())) {
            return new PlanFactsUpdate.ChoiceForecast(null, null, 0);
        }
        double expected = forecast(CatalogOffers.offerOf(platform), facts, chosen.targetIds());
        return new PlanFactsUpdate.ChoiceForecast(platform.name(),
                platform.kind() == null ? null : platform.kind().name(), expected);
    }

    /**
     * The uncalibrated expected target people of the given targets of the plan at the platform: the ranking's own
     * count, as of just before the programme (so a choice logged afterwards still gets its forecast).
     */
    double forecast(PlatformOffer offer, PlanFacts facts, List<String> targetIds) {
        List<TargetNeed> needs = needsOf(facts, targetIds);
        return needs.isEmpty() ? 0 : PlatformRanking.rank(List.of(offer), needs, new TimePlan(0, 0),
                        ScoringSettings.defaults(offer.programStartsAt().minus(JUST_BEFORE))).stream()
                .map(Recommendation::servedTargets).flatMap(List::stream)
                .mapToDouble(ServedTarget::expectedPeople).sum();
    }

    private List<TargetNeed> needsOf(PlanFacts facts, List<String> targetIds) {
        Map<String, String> deadlines = new HashMap<>();
        facts.objectives().forEach(objective -> deadlines.put(objective.objectiveId(), objective.deadline()));
        return facts.targets().stream()
                .filter(PlanFacts.TargetFact::isProfile)
                .filter(target -> targetIds.contains(target.targetId()))
                .filter(target -> deadlines.get(target.objectiveId()) != null)
                .filter(target -> target.priority() >= TargetNeed.HIGHEST_PRIORITY
                        && target.priority() <= TargetNeed.LOWEST_PRIORITY)
                .map(target -> new TargetNeed(target.targetId(), target.objectiveId(), target.function(),
                        target.position(), target.industry(), target.priority(),
                        TargetNeed.endOfDay(LocalDate.parse(deadlines.get(target.objectiveId())),
                                recommendation.deadlineZone())))
                .toList();
    }
}
