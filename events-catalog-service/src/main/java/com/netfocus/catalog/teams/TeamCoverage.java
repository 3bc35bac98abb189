package com.netfocus.catalog.teams;

import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.recommendation.PersonProfile;
import com.netfocus.catalog.recommendation.TargetNeed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team's coverage in a window of days, computed from its plans' needs alone (pure: the best platforms for a gap
 * come from {@link GapPlatforms}).
 * <ul>
 *   <li>Members: the owners of the team's plans that are open and whose period meets the window, with those plans'
 *   hours budgeted, planned (choices not withdrawn) and spent (attendances as corrected, retracted ones gone).</li>
 *   <li>Platforms: every choice of those plans whose programme starts in the window, by platform: who goes, and the
 *   profiles of the targets it was chosen for (a retired target no longer counts; a named contact is no profile).</li>
 *   <li>Overlaps: the same platform chosen for the same profile by two or more members.</li>
 *   <li>Gaps: a profile the members still look for (a target not retired, of an open objective with a deadline) that
 *   no platform chosen in the window is chosen for, with the best upcoming platforms for it.</li>
 * </ul>
 * Profiles are compared as {@link PersonProfile}s (trimmed, any case) and shown as the first plan wrote them.
 */
public final class TeamCoverage {

    /** Where a gap's best upcoming platforms come from. */
    @FunctionalInterface
    public interface GapPlatforms {

        /**
         * The best platforms for the people of one profile, starting before {@code until}.
         *
         * @param targets the members' targets of that profile (at least one)
         */
        List<CoverageView.GapPlatform> forProfile(List<TargetNeed> targets, Instant until);
    }

    private TeamCoverage() {
    }

    public static CoverageView of(String team, List<PlanNeeds> teamPlans, LocalDate from, LocalDate to, ZoneId zone,
                                  GapPlatforms gapPlatforms) {
        Instant windowStart = from.atStartOfDay(zone).toInstant();
        Instant windowEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<PlanNeeds> plans = teamPlans.stream()
                .filter(plan -> !plan.closed() && meetsWindow(plan, from, to))
                .sorted(Comparator.comparing(PlanNeeds::ownerId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PlanNeeds::periodStart, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PlanNeeds::planId))
                .toList();

        Map<PersonProfile, ProfileView> shown = TeamProfiles.shown(plans);

        List<CoverageView.ChosenPlatform> platforms = chosenPlatforms(plans, windowStart, windowEnd, shown);
        return new CoverageView(team, from, to, members(plans), platforms, overlaps(platforms),
                gaps(plans, platforms, zone, windowEnd, shown, gapPlatforms));
    }

    private static boolean meetsWindow(PlanNeeds plan, LocalDate from, LocalDate to) {
        return (plan.periodStart() == null || !LocalDate.parse(plan.periodStart()).isAfter(to))
                && (plan.periodEnd() == null || !LocalDate.parse(plan.periodEnd()).isBefore(from));
    }

    private static List<CoverageView.Member> members(List<PlanNeeds> plans) {
        Map<String, List<PlanNeeds>> byMember = new LinkedHashMap<>();
        plans.forEach(plan -> byMember.computeIfAbsent(plan.ownerId(), owner -> new ArrayList<>()).add(plan));
        List<CoverageView.Member> members = new ArrayList<>();
        byMember.forEach((memberId, ofMember) -> members.add(new CoverageView.Member(memberId,
                ofMember.stream().map(plan -> new CoverageView.MemberPlan(plan.planId(), date(plan.periodStart()),
                        date(plan.periodEnd()), plan.hoursBudget(), plan.plannedHours(), plan.hoursSpent())).toList(),
                ofMember.stream().mapToDouble(PlanNeeds::hoursBudget).sum(),
                ofMember.stream().mapToDouble(PlanNeeds::plannedHours).sum(),
                ofMember.stream().mapToDouble(PlanNeeds::hoursSpent).sum())));
        return members;
    }

    private static List<CoverageView.ChosenPlatform> chosenPlatforms(List<PlanNeeds> plans, Instant windowStart,
                                                                      Instant windowEnd,
                                                                      Map<PersonProfile, ProfileView> shown) {
        Map<String, List<CoverageView.Goer>> goersByPlatform = new LinkedHashMap<>();
        Map<String, PlanNeeds.ChosenPlatform> firstChoice = new LinkedHashMap<>();
        for (PlanNeeds plan : plans) {
            Map<String, PlanNeeds.NeededTarget> targets = new LinkedHashMap<>();
            plan.targets().forEach(target -> targets.put(target.targetId(), target));
            for (PlanNeeds.ChosenPlatform chosen : plan.chosenPlatforms()) {
                Instant starts = chosen.programStartsAt();
                if (starts == null || starts.isBefore(windowStart) || !starts.isBefore(windowEnd)) {
                    continue;
                }
                Set<PersonProfile> profiles = new LinkedHashSet<>();
                List<String> targetIds = new ArrayList<>();
                for (String targetId : chosen.targetIds()) {
                    PlanNeeds.NeededTarget target = targets.get(targetId);
                    if (target != null) {
                        targetIds.add(targetId);
                        if (target.isProfile()) {
                            profiles.add(TeamProfiles.profileOf(target));
                        }
                    }
                }
                firstChoice.putIfAbsent(chosen.platformId(), chosen);
                goersByPlatform.computeIfAbsent(chosen.platformId(), id -> new ArrayList<>())
                        .add(new CoverageView.Goer(plan.ownerId(), plan.planId(),
                                profiles.stream().map(shown::get).toList(), targetIds));
            }
        }
        List<CoverageView.ChosenPlatform> platforms = new ArrayList<>();
        goersByPlatform.forEach((platformId, goers) -> {
            PlanNeeds.ChosenPlatform chosen = firstChoice.get(platformId);
            platforms.add(new CoverageView.ChosenPlatform(platformId, chosen.platformName(), chosen.programStartsAt(),
                    chosen.programEndsAt(), goers));
        });
        platforms.sort(Comparator.comparing(CoverageView.ChosenPlatform::programStartsAt)
                .thenComparing(CoverageView.ChosenPlatform::platformId));
        return platforms;
    }

    private static List<CoverageView.Overlap> overlaps(List<CoverageView.ChosenPlatform> platforms) {
        List<CoverageView.Overlap> overlaps = new ArrayList<>();
        for (CoverageView.ChosenPlatform platform : platforms) {
            Map<ProfileView, Set<String>> membersByProfile = new LinkedHashMap<>();
            Map<ProfileView, Set<String>> plansByProfile = new LinkedHashMap<>();
            for (CoverageView.Goer goer : platform.goers()) {
                for (ProfileView profile : goer.profiles()) {
                    membersByProfile.computeIfAbsent(profile, p -> new LinkedHashSet<>()).add(goer.memberId());
                    plansByProfile.computeIfAbsent(profile, p -> new LinkedHashSet<>()).add(goer.planId());
                }
            }
            membersByProfile.forEach((profile, members) -> {
                if (members.size() > 1) {
                    overlaps.add(new CoverageView.Overlap(platform.platformId(), platform.name(), profile,
                            List.copyOf(members), List.copyOf(plansByProfile.get(profile))));
                }
            });
        }
        return overlaps;
    }

    private static List<CoverageView.Gap> gaps(List<PlanNeeds> plans, List<CoverageView.ChosenPlatform> platforms,
                                               ZoneId zone, Instant windowEnd, Map<PersonProfile, ProfileView> shown,
                                               GapPlatforms gapPlatforms) {
        Set<ProfileView> served = new LinkedHashSet<>();
        platforms.forEach(platform -> platform.goers().forEach(goer -> served.addAll(goer.profiles())));
        Map<PersonProfile, List<TargetNeed>> sought = new LinkedHashMap<>();
        Map<PersonProfile, Set<String>> seekers = new LinkedHashMap<>();
        for (PlanNeeds plan : plans) {
            for (TargetNeed target : plan.profileTargets(zone)) {
                PersonProfile profile = PersonProfile.of(target);
                sought.computeIfAbsent(profile, p -> new ArrayList<>()).add(target);
                seekers.computeIfAbsent(profile, p -> new LinkedHashSet<>()).add(plan.ownerId());
            }
        }
        List<CoverageView.Gap> gaps = new ArrayList<>();
        sought.forEach((profile, targets) -> {
            ProfileView view = shown.get(profile);
            if (!served.contains(view)) {
                gaps.add(new CoverageView.Gap(view, List.copyOf(seekers.get(profile)),
                        gapPlatforms.forProfile(targets, windowEnd)));
            }
        });
        return gaps;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
