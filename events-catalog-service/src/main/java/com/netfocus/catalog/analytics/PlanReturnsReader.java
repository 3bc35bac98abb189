package com.netfocus.catalog.analytics;

import com.netfocus.catalog.planneeds.CatalogOffers;
import com.netfocus.catalog.planneeds.DisplayNumbers;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.access.Ownership;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.problem.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plan's return per objective and per money, from the analytics' facts of the plan and the catalog's platforms
 * (their cost, and their audience for the forecast, the same uncalibrated forecast the platform ROI leaderboard
 * compares with). Read as the plan is: its owner, a manager of its team, an admin of its org; another org 404.
 */
@Service
class PlanReturnsReader {

    private final AnalyticsStore store;
    private final OrgPlatforms orgPlatforms;
    private final PlatformChoiceForecasts forecasts;
    private final DisplayNumbers numbers;

    PlanReturnsReader(AnalyticsStore store, OrgPlatforms orgPlatforms, PlatformChoiceForecasts forecasts,
                      AnalyticsProperties properties) {
        this.store = store;
        this.orgPlatforms = orgPlatforms;
        this.forecasts = forecasts;
        this.numbers = new DisplayNumbers(properties.displayDecimals());
    }

    PlanReturns of(Caller caller, String planId) {
        PlanFacts facts = store.storedFacts(planId);
        if (facts == null || !facts.isKnown()) {
            throw new NotFoundException("plan", planId);
        }
        ReadAccess.ensureReadable("plan", planId, new Ownership(facts.org(), facts.team(), facts.ownerId()), caller);
        Set<String> attended = facts.attendances().stream().map(PlanFacts.AttendanceFact::platformId)
                .collect(Collectors.toSet());
        Map<String, Platform> platforms = orgPlatforms.byId(facts.org(), attended);
        PlanReturns returns = ObjectiveReturns.of(facts, OrgPlatforms.costs(platforms), (platformId, targetIds) -> {
            Platform platform = platforms.get(platformId);
            return platform == null || platform.programStartsAt() == null || platform.programEndsAt() == null
                    || !platform.programEndsAt().isAfter(platform.programStartsAt()) ? 0.0
                    : forecasts.forecast(CatalogOffers.offerOf(platform), facts, targetIds);
        });
        return new PlanReturns(returns.planId(), returns.objectives().stream().map(this::rounded).toList(),
                rounded(returns.total()));
    }

    private PlanReturns.ObjectiveReturn rounded(PlanReturns.ObjectiveReturn one) {
        return new PlanReturns.ObjectiveReturn(one.objectiveId(), one.platformsAttended(),
                numbers.round(one.hoursSpent()), one.targetPeopleMet(), roundedOrNull(one.targetPeoplePerHour()),
                numbers.round(one.forecastTargetPeople()), roundedOrNull(one.cost()),
                roundedOrNull(one.costPerTargetPersonMet()));
    }

    private Double roundedOrNull(Double value) {
        return value == null ? null : numbers.round(value);
    }
}
