package com.netfocus.catalog.teams;

import com.netfocus.catalog.planneeds.CatalogOffers;
import com.netfocus.catalog.planneeds.DisplayNumbers;
import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.planneeds.PlanNeedsStore;
import com.netfocus.catalog.planneeds.RecommendationProperties;
import com.netfocus.catalog.recommendation.CalibrationSource;
import com.netfocus.catalog.recommendation.PersonProfile;
import com.netfocus.catalog.recommendation.PlatformOffer;
import com.netfocus.catalog.recommendation.PlatformRanking;
import com.netfocus.catalog.recommendation.Recommendation;
import com.netfocus.catalog.recommendation.ScoringSettings;
import com.netfocus.catalog.recommendation.ServedTarget;
import com.netfocus.catalog.recommendation.TargetNeed;
import com.netfocus.catalog.recommendation.TeamAssignment;
import com.netfocus.catalog.recommendation.TeamMember;
import com.netfocus.catalog.recommendation.TeamPortfolio;
import com.netfocus.catalog.recommendation.TeamPortfolioPlanner;
import com.netfocus.catalog.recommendation.TimePlan;
import com.netfocus.contracts.caller.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A team's coverage and portfolio, from the plan needs projection of the team's plans and the org's upcoming
 * platforms (calibrated by the org's own attendance, as the per-plan advice is): no call to another service.
 */
@Service
class TeamAdvisor {

    private final PlanNeedsStore needsStore;
    private final CatalogOffers offers;
    private final CalibrationSource calibrations;
    private final RecommendationProperties recommendation;
    private final TeamProperties properties;
    private final Clock clock;
    private final DisplayNumbers numbers;

    TeamAdvisor(PlanNeedsStore needsStore, CatalogOffers offers, CalibrationSource calibrations,
                RecommendationProperties recommendation, TeamProperties properties, Clock clock) {
        this.needsStore = needsStore;
        this.offers = offers;
        this.calibrations = calibrations;
        this.recommendation = recommendation;
        this.properties = properties;
        this.clock = clock;
        this.numbers = new DisplayNumbers(recommendation.displayDecimals());
    }

    CoverageView coverage(Caller caller, String team, LocalDate from, LocalDate to) {
        List<PlanNeeds> plans = readablePlans(caller, team);
        Instant now = clock.instant();
        ScoringSettings settings = recommendation.scoring().at(now);
        TimePlan timePlan = recommendation.timePlan(null, null);
        ZoneId zone = recommendation.deadlineZone();
        return TeamCoverage.of(team, plans, from, to, zone,
                (targets, until) -> gapPlatforms(caller.org(), targets, until, now, settings, timePlan));
    }

    TeamPortfolioView portfolio(Caller caller, String team, Integer arriveEarlyMinutes, Integer stayLateMinutes) {
        List<PlanNeeds> plans = readablePlans(caller, team);
        Instant now = clock.instant();
        ZoneId zone = recommendation.deadlineZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        ScoringSettings settings = recommendation.scoring().at(now);
        TimePlan timePlan = recommendation.timePlan(arriveEarlyMinutes, stayLateMinutes);
        List<PlanNeeds> open = plans.stream()
                .filter(plan -> !plan.closed())
                .filter(plan -> plan.periodEnd() == null || !LocalDate.parse(plan.periodEnd()).isBefore(today))
                .sorted(Comparator.comparing(PlanNeeds::ownerId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PlanNeeds::planId))
                .toList();

        Map<String, List<PlanNeeds>> byMember = new LinkedHashMap<>();
        open.forEach(plan -> byMember.computeIfAbsent(plan.ownerId(), owner -> new ArrayList<>()).add(plan));
        List<TeamMember> members = new ArrayList<>();
        List<TargetNeed> allTargets = new ArrayList<>();
        byMember.forEach((memberId, ofMember) -> {
            List<TargetNeed> targets = ofMember.stream().flatMap(plan -> plan.profileTargets(zone).stream()).toList();
            allTargets.addAll(targets);
            members.add(new TeamMember(memberId, targets,
                    ofMember.stream().mapToDouble(plan -> availableHours(plan, now)).sum()));
        });
        List<PlatformOffer> upcoming = allTargets.isEmpty() ? List.of() : calibrations.forOrg(caller.org()).calibrate(
                offers.upcoming(caller.org(), now, latestDeadline(allTargets), Set.of(), allTargets));
        TeamPortfolio portfolio = TeamPortfolioPlanner.propose(upcoming, members, timePlan, settings);
        return view(team, now, timePlan, portfolio, upcoming, byMember, TeamProfiles.shown(open));
    }

    /**
     * The team's plans, once the caller may read them: the org's plans of the team (known if there is one), the
     * caller a manager of the team or an admin of the org ({@link TeamAccess}).
     */
    private List<PlanNeeds> readablePlans(Caller caller, String team) {
        List<PlanNeeds> plans = needsStore.ofTeam(caller.org(), team);
        TeamAccess.ensureReadable(caller, team, !plans.isEmpty());
        return plans;
    }

    /**
     * The plan's budget less the hours of the choices whose programme has begun (or whose programme is not known
     * here): those are spent or past changing, while an upcoming choice may still be changed for the team's sake.
     */
    private static double availableHours(PlanNeeds plan, Instant now) {
        double committed = plan.chosenPlatforms().stream()
                .filter(chosen -> chosen.programStartsAt() == null || !chosen.programStartsAt().isAfter(now))
                .mapToDouble(PlanNeeds.ChosenPlatform::plannedHours).sum();
        return Math.max(0, plan.hoursBudget() - committed);
    }

    private static Instant latestDeadline(List<TargetNeed> targets) {
        return targets.stream().map(TargetNeed::deadline).max(Instant::compareTo).orElseThrow();
    }

    /**
     * The best upcoming platforms for one profile: the ranking of the per-plan advice, for one target of that profile
     * at the highest priority any member gives it, due by the members' latest deadline or the window's end.
     */
    private List<CoverageView.GapPlatform> gapPlatforms(String org, List<TargetNeed> targets, Instant until,
                                                        Instant now, ScoringSettings settings, TimePlan timePlan) {
        if (properties.gapPlatforms() == 0) {
            return List.of();
        }
        TargetNeed first = targets.get(0);
        Instant deadline = latestDeadline(targets);
        TargetNeed need = new TargetNeed(
                new ProfileView(first.function(), first.position(), first.industry()).describe(),
                first.objectiveId(), first.function(), first.position(), first.industry(),
                targets.stream().mapToInt(TargetNeed::priority).min().orElseThrow(),
                deadline.isBefore(until) ? deadline : until);
        List<PlatformOffer> candidates = calibrations.forOrg(org).calibrate(
                offers.upcoming(org, now, need.deadline(), Set.of(), List.of(need)));
        Map<String, PlatformOffer> byId = candidates.stream()
                .collect(Collectors.toMap(PlatformOffer::platformId, Function.identity()));
        return PlatformRanking.rank(candidates, List.of(need), timePlan, settings, properties.gapPlatforms()).stream()
                .map(ranked -> new CoverageView.GapPlatform(ranked.platformId(), ranked.name(),
                        byId.get(ranked.platformId()).programStartsAt(),
                        numbers.round(ranked.servedTargets().stream().mapToDouble(ServedTarget::expectedPeople).sum()),
                        numbers.round(ranked.score()), ranked.explanation()))
                .toList();
    }

    private TeamPortfolioView view(String team, Instant now, TimePlan timePlan, TeamPortfolio portfolio,
                                   List<PlatformOffer> upcoming, Map<String, List<PlanNeeds>> byMember,
                                   Map<PersonProfile, ProfileView> shown) {
        Map<String, PlatformOffer> offerById = upcoming.stream()
                .collect(Collectors.toMap(PlatformOffer::platformId, Function.identity()));
        Map<String, List<String>> goersByPlatform = new LinkedHashMap<>();
        portfolio.assignments().forEach(assignment -> goersByPlatform
                .computeIfAbsent(assignment.platform().platformId(), id -> new ArrayList<>())
                .add(assignment.memberId()));

        List<TeamPortfolioView.Assignment> assignments = new ArrayList<>();
        for (TeamAssignment assignment : portfolio.assignments()) {
            Recommendation platform = assignment.platform();
            boolean alreadyChosen = byMember.getOrDefault(assignment.memberId(), List.of()).stream()
                    .anyMatch(plan -> plan.chosenPlatformIds().contains(platform.platformId()));
            List<ProfileView> fresh = assignment.newProfiles().stream().map(shown::get).toList();
            List<ProfileView> shared = assignment.sharedProfiles().stream().map(shown::get).toList();
            assignments.add(new TeamPortfolioView.Assignment(assignment.memberId(), platform.platformId(),
                    platform.name(), offerById.get(platform.platformId()).programStartsAt(),
                    numbers.round(platform.hours()),
                    platform.servedTargets().stream()
                            .map(served -> new ServedTarget(served.targetId(), numbers.round(served.expectedPeople())))
                            .toList(),
                    fresh, shared, numbers.round(assignment.marginalValue()),
                    numbers.round(assignment.marginalValuePerHour()), alreadyChosen,
                    TeamWording.reason(fresh, shared, goersByPlatform.get(platform.platformId()), assignment,
                            alreadyChosen, numbers)));
        }

        List<TeamPortfolioView.Member> members = new ArrayList<>();
        for (TeamPortfolio.MemberHours hours : portfolio.members()) {
            Set<String> kept = portfolio.assignments().stream()
                    .filter(assignment -> assignment.memberId().equals(hours.memberId()))
                    .map(assignment -> assignment.platform().platformId()).collect(Collectors.toSet());
            List<TeamPortfolioView.Change> instead = new ArrayList<>();
            for (PlanNeeds plan : byMember.getOrDefault(hours.memberId(), List.of())) {
                for (PlanNeeds.ChosenPlatform chosen : plan.chosenPlatforms()) {
                    if (chosen.programStartsAt() != null && chosen.programStartsAt().isAfter(now)
                            && !kept.contains(chosen.platformId())) {
                        instead.add(new TeamPortfolioView.Change(plan.planId(), chosen.platformId(),
                                chosen.platformName(), TeamWording.dropped(hours.memberId(),
                                        goersByPlatform.getOrDefault(chosen.platformId(), List.of()))));
                    }
                }
            }
            members.add(new TeamPortfolioView.Member(hours.memberId(), numbers.round(hours.availableHours()),
                    numbers.round(hours.assignedHours()), instead));
        }
        return new TeamPortfolioView(team, now, timePlan.arriveEarlyMinutes(), timePlan.stayLateMinutes(),
                numbers.round(portfolio.value()), numbers.round(portfolio.distinctTargetPeople()),
                numbers.round(portfolio.membersOwnValue()), portfolio.selection().name(), members, assignments);
    }
}
