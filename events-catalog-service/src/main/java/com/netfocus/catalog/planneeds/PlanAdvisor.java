package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.recommendation.CalibrationSource;
import com.netfocus.catalog.recommendation.PlatformOffer;
import com.netfocus.catalog.recommendation.PlatformRanking;
import com.netfocus.catalog.recommendation.Portfolio;
import com.netfocus.catalog.recommendation.PortfolioPlanner;
import com.netfocus.catalog.recommendation.Recommendation;
import com.netfocus.catalog.recommendation.ScoringSettings;
import com.netfocus.catalog.recommendation.TargetCoverage;
import com.netfocus.catalog.recommendation.TargetNeed;
import com.netfocus.catalog.recommendation.TimePlan;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.consistency.PlanVersionWait;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Pick wisely" for one plan: reads what the plan needs and its org's upcoming platforms, and answers the
 * ranking or the portfolio of the pure {@code recommendation} library. Platforms already chosen are left out
 * of both, and the portfolio only spends the hours the chosen ones left.
 */
@Service
class PlanAdvisor {

    private final PlanNeedsStore needsStore;
    private final CatalogOffers offers;
    private final RecommendationProperties properties;
    private final Clock clock;
    private final DisplayNumbers numbers;
    private final PlanVersionWait versionWait;
    private final CalibrationSource calibrations;

    PlanAdvisor(PlanNeedsStore needsStore, CatalogOffers offers, RecommendationProperties properties, Clock clock,
                PlanVersionWait versionWait, CalibrationSource calibrations) {
        this.needsStore = needsStore;
        this.calibrations = calibrations;
        this.versionWait = versionWait;
        this.offers = offers;
        this.properties = properties;
        this.clock = clock;
        this.numbers = new DisplayNumbers(properties.displayDecimals());
    }

    RecommendationsView recommendations(Caller caller, String planId, Long minVersion, RecommendationsQuery query) {
        Inputs inputs = inputs(caller, planId, minVersion, query);
        int limit = query.limit() == null ? properties.defaultLimit() : query.limit();
        List<Recommendation> ranked = PlatformRanking.rank(inputs.offers(), inputs.targets(), inputs.timePlan(),
                inputs.settings(), limit);
        Map<String, PlatformOffer> byId = inputs.offersById();
        return new RecommendationsView(planId, inputs.needs().appliedSequence(), inputs.settings().now(),
                inputs.timePlan().arriveEarlyMinutes(), inputs.timePlan().stayLateMinutes(),
                ranked.stream()
                        .map(recommendation -> RecommendedPlatform.of(recommendation,
                                byId.get(recommendation.platformId()), numbers))
                        .toList());
    }

    PortfolioView portfolio(Caller caller, String planId, Long minVersion, PortfolioQuery query) {
        Inputs inputs = inputs(caller, planId, minVersion, query);
        PlanNeeds needs = inputs.needs();
        Portfolio portfolio = PortfolioPlanner.propose(inputs.offers(), inputs.targets(), inputs.timePlan(),
                needs.remainingHours(), inputs.settings());
        Map<String, PlatformOffer> byId = inputs.offersById();
        return new PortfolioView(planId, needs.appliedSequence(), inputs.settings().now(),
                inputs.timePlan().arriveEarlyMinutes(), inputs.timePlan().stayLateMinutes(),
                numbers.round(needs.hoursBudget()), numbers.round(needs.plannedHours()),
                numbers.round(needs.remainingHours()), numbers.round(portfolio.totalHours()),
                numbers.round(portfolio.totalExpectedTargetPeople()),
                portfolio.chosen().stream()
                        .map(pick -> ProposedPlatform.of(pick, RecommendedPlatform.of(pick.recommendation(),
                                byId.get(pick.recommendation().platformId()), numbers), numbers))
                        .toList(),
                portfolio.coverage().stream()
                        .map(coverage -> new TargetCoverage(coverage.targetId(),
                                numbers.round(coverage.expectedPeople()), coverage.platforms()))
                        .toList());
    }

    /**
     * The plan's needs as the caller may read them (its owner, a manager of its team, an admin of its org), at
     * {@code minVersion} at least when one is given (see {@link PlanVersionWait}).
     */
    private Inputs inputs(Caller caller, String planId, Long minVersion, TimeAroundProgramme time) {
        PlanNeeds needs = versionWait.read(planId, minVersion, () -> needsStore.find(planId),
                PlanNeeds::appliedSequence,
                found -> ReadAccess.ensureReadable("plan", planId, found.ownership(), caller));
        Instant now = clock.instant();
        ScoringSettings settings = properties.scoring().at(now);
        TimePlan timePlan = properties.timePlan(time.arriveEarlyMinutes(), time.stayLateMinutes());
        List<TargetNeed> targets = needs.profileTargets(properties.deadlineZone());
        // The org's own attendance calibrates what the audience data promises (README "Calibration ...").
        List<PlatformOffer> upcoming = targets.isEmpty() ? List.of() : calibrations.forOrg(needs.org()).calibrate(
                offers.upcoming(needs.org(), now, latestDeadline(targets), needs.chosenPlatformIds(), targets));
        // ... and the plan's owner's own attendance adjusts them for that rep, as the org's do for the org
        double personal = calibrations.personalFactor(needs.org(), needs.team(), needs.ownerId());
        if (personal != 1.0) {
            upcoming = upcoming.stream().map(offer -> offer.withPersonalCalibration(personal)).toList();
        }
        return new Inputs(needs, targets, upcoming, timePlan, settings);
    }

    private static Instant latestDeadline(List<TargetNeed> targets) {
        return targets.stream().map(TargetNeed::deadline).max(Instant::compareTo).orElseThrow();
    }

    private record Inputs(PlanNeeds needs, List<TargetNeed> targets, List<PlatformOffer> offers, TimePlan timePlan,
                          ScoringSettings settings) {

        Map<String, PlatformOffer> offersById() {
            return offers.stream().collect(Collectors.toMap(PlatformOffer::platformId, Function.identity()));
        }
    }
}
