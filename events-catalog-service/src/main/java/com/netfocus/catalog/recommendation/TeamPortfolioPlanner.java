package com.netfocus.catalog.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Proposes which member of a team goes where, within each member's hours, so that the team meets as many distinct
 * target people as it can: maximum coverage with one budget per member (Chekuri and Kumar, "Maximum Coverage Problem
 * with Group Budget Constraints", APPROX 2004), measured by {@link TeamMeasure}.
 *
 * <p>Three selections are made and the best kept:
 * <ol>
 *   <li>lazy greedy on the value a visit adds per hour ("cost-effective lazy forward selection", Leskovec et al.,
 *   KDD 2007): visits wait in a queue under the gain they had when last computed; since gains only shrink as the
 *   team covers more (submodularity), a visit whose recomputed gain is still the best is the best;</li>
 *   <li>the same on the value a visit adds, whatever its hours: per hour alone can pass over one long, rich
 *   platform, and the better of the two is at least half of (1 - 1/e) of the optimum for one budget;</li>
 *   <li>the members' own portfolios ({@link PortfolioPlanner}) put together, so that the team's proposal is never
 *   worse than what each member would have picked alone.</li>
 * </ol>
 * A visit is feasible while its member's assigned hours stay within their available hours and it does not overlap
 * (arrive early .. stay late) another visit of the same member. Pure: the same inputs give the same proposal.
 */
public final class TeamPortfolioPlanner {

    private static final Comparator<Queued> BEST_FIRST = (a, b) -> {
        int byKey = Double.compare(b.key, a.key);
        return byKey != 0 ? byKey : Integer.compare(a.index, b.index);
    };

    private TeamPortfolioPlanner() {
    }

    public static TeamPortfolio propose(List<PlatformOffer> platforms, List<TeamMember> members, TimePlan timePlan,
                                        ScoringSettings settings) {
        Inputs inputs = Inputs.of(platforms, members, timePlan, settings);

        List<TeamVisit> perHour = greedy(inputs, true);
        List<TeamVisit> byValue = greedy(inputs, false);
        List<TeamVisit> membersOwn = membersOwn(inputs, platforms, timePlan, settings);
        double perHourValue = inputs.valueOf(perHour);
        double byValueValue = inputs.valueOf(byValue);
        double membersOwnValue = inputs.valueOf(membersOwn);

        List<TeamVisit> best = perHour;
        TeamPortfolio.Selection selection = TeamPortfolio.Selection.VALUE_PER_HOUR;
        double bestValue = perHourValue;
        if (byValueValue > bestValue) {
            best = byValue;
            selection = TeamPortfolio.Selection.VALUE;
            bestValue = byValueValue;
        }
        if (membersOwnValue > bestValue) {
            best = membersOwn;
            selection = TeamPortfolio.Selection.MEMBERS_OWN;
        }
        return inputs.portfolio(best, selection, membersOwnValue);
    }

    /** Lazy greedy, on gain per hour or on gain alone. */
    private static List<TeamVisit> greedy(Inputs inputs, boolean perHour) {
        TeamMeasure measure = inputs.measure();
        PriorityQueue<Queued> queue = new PriorityQueue<>(BEST_FIRST);
        for (int i = 0; i < inputs.visits.size(); i++) {
            TeamVisit visit = inputs.visits.get(i);
            queue.add(new Queued(visit, i, key(measure.gain(visit.elements), visit, perHour), 0));
        }
        Schedule schedule = new Schedule(inputs.availableHours);
        List<TeamVisit> picked = new ArrayList<>();
        while (!queue.isEmpty()) {
            Queued top = queue.poll();
            // the budgets only shrink and the schedules only fill: what does not fit now never will
            if (!schedule.fits(top.visit)) {
                continue;
            }
            if (top.round != picked.size()) {
                top.key = key(measure.gain(top.visit.elements), top.visit, perHour);
                top.round = picked.size();
                queue.add(top);
                continue;
            }
            if (!(top.key > 0)) {
                break;
            }
            picked.add(top.visit);
            measure.add(top.visit.elements);
            schedule.add(top.visit);
        }
        return picked;
    }

    private static double key(double gain, TeamVisit visit, boolean perHour) {
        return perHour ? gain / visit.assessment.hours() : gain;
    }

    /** Each member's own portfolio within their available hours, as the same visits. */
    private static List<TeamVisit> membersOwn(Inputs inputs, List<PlatformOffer> platforms, TimePlan timePlan,
                                              ScoringSettings settings) {
        List<TeamVisit> visits = new ArrayList<>();
        for (int member = 0; member < inputs.members.size(); member++) {
            TeamMember teamMember = inputs.members.get(member);
            Portfolio own = PortfolioPlanner.propose(platforms, teamMember.targets(), timePlan,
                    teamMember.availableHours(), settings);
            for (PortfolioPick pick : own.chosen()) {
                TeamVisit visit = inputs.visitOf(member, pick.recommendation().platformId());
                if (visit != null) {
                    visits.add(visit);
                }
            }
        }
        return visits;
    }

    private static final class Queued {
        private final TeamVisit visit;
        private final int index;
        private double key;
        private int round;

        private Queued(TeamVisit visit, int index, double key, int round) {
            this.visit = visit;
            this.index = index;
            this.key = key;
            this.round = round;
        }
    }

    /** The hours and stays assigned to each member so far. */
    private static final class Schedule {
        private final double[] availableHours;
        private final long[] usedSeconds;
        private final List<List<TeamVisit>> visitsOfMember = new ArrayList<>();

        private Schedule(double[] availableHours) {
            this.availableHours = availableHours;
            this.usedSeconds = new long[availableHours.length];
            for (int i = 0; i < availableHours.length; i++) {
                visitsOfMember.add(new ArrayList<>());
            }
        }

        /**
         * Compared in the unit the proposal reports (seconds / 3600), as the per-plan portfolio does, so that the
         * hours assigned never come out above the hours available through rounding.
         */
        private boolean fits(TeamVisit visit) {
            if (PlatformAssessment.hoursOf(usedSeconds[visit.member] + visit.assessment.seconds())
                    > availableHours[visit.member]) {
                return false;
            }
            for (TeamVisit planned : visitsOfMember.get(visit.member)) {
                if (planned.overlaps(visit)) {
                    return false;
                }
            }
            return true;
        }

        private void add(TeamVisit visit) {
            usedSeconds[visit.member] += visit.assessment.seconds();
            visitsOfMember.get(visit.member).add(visit);
        }
    }

    /** Everything one proposal works on: the visits that fit a member alone and the elements they cover. */
    private static final class Inputs {
        private final List<TeamMember> members;
        private final double[] availableHours;
        private final List<PersonProfile> profiles;
        private final int[] profileOfElement;
        private final double[] valueOfElement;
        private final double[] peopleOfElement;
        private final List<TeamVisit> visits;
        private final Map<String, TeamVisit> visitByMemberAndPlatform;
        private final List<Explanations> explanations;
        private final double repeatServiceFactor;

        private Inputs(List<TeamMember> members, List<PersonProfile> profiles, int[] profileOfElement,
                       double[] valueOfElement, double[] peopleOfElement, List<TeamVisit> visits,
                       List<Explanations> explanations, double repeatServiceFactor) {
            this.members = members;
            this.availableHours = members.stream().mapToDouble(TeamMember::availableHours).toArray();
            this.profiles = profiles;
            this.profileOfElement = profileOfElement;
            this.valueOfElement = valueOfElement;
            this.peopleOfElement = peopleOfElement;
            this.visits = visits;
            this.explanations = explanations;
            this.repeatServiceFactor = repeatServiceFactor;
            this.visitByMemberAndPlatform = new HashMap<>();
            visits.forEach(visit -> visitByMemberAndPlatform.put(visit.member + "/" + visit.platformId(), visit));
        }

        /**
         * Every profile the team looks for, weighted by the highest priority any member gives it; every platform
         * assessed for every member (the same assessment the ranking makes); one element per platform and profile,
         * worth its people × the profile's team weight × the platform's networking factor.
         */
        static Inputs of(List<PlatformOffer> platforms, List<TeamMember> members, TimePlan timePlan,
                         ScoringSettings settings) {
            Map<PersonProfile, Integer> profileIndex = new LinkedHashMap<>();
            List<Double> profileWeights = new ArrayList<>();
            for (TeamMember member : members) {
                for (TargetNeed target : member.targets()) {
                    int profile = profileIndex.computeIfAbsent(PersonProfile.of(target), key -> {
                        profileWeights.add(0.0);
                        return profileWeights.size() - 1;
                    });
                    profileWeights.set(profile, Math.max(profileWeights.get(profile),
                            settings.priorityWeight(target.priority())));
                }
            }
            List<PlatformOffer> ordered = new ArrayList<>(platforms);
            ordered.sort(PlatformAssessment.EARLIER_THEN_ID);

            Map<String, Integer> elementIndex = new HashMap<>();
            List<Integer> elementProfiles = new ArrayList<>();
            List<Double> elementValues = new ArrayList<>();
            List<Double> elementPeople = new ArrayList<>();
            List<TeamVisit> visits = new ArrayList<>();
            List<Explanations> explanations = new ArrayList<>();
            List<PlatformAssessor> assessors = new ArrayList<>();
            for (TeamMember member : members) {
                PlatformAssessor assessor = new PlatformAssessor(member.targets(), timePlan, settings);
                assessors.add(assessor);
                explanations.add(new Explanations(assessor));
            }
            for (PlatformOffer platform : ordered) {
                for (int member = 0; member < members.size(); member++) {
                    TeamMember teamMember = members.get(member);
                    PlatformAssessment assessment = assessors.get(member).assess(platform).orElse(null);
                    if (assessment == null
                            || PlatformAssessment.hoursOf(assessment.seconds()) > teamMember.availableHours()) {
                        continue;
                    }
                    int[] served = assessment.servedTargets();
                    List<Integer> covered = new ArrayList<>();
                    for (int i = 0; i < served.length; i++) {
                        int profile = profileIndex.get(PersonProfile.of(teamMember.targets().get(served[i])));
                        String key = platform.platformId() + "\u0000" + profile;
                        Integer element = elementIndex.get(key);
                        if (element == null) {
                            element = elementValues.size();
                            elementIndex.put(key, element);
                            elementProfiles.add(profile);
                            elementPeople.add(assessment.expectedPeople()[i]);
                            elementValues.add(assessment.expectedPeople()[i] * profileWeights.get(profile)
                                    * assessment.networkingFactor());
                        }
                        if (!covered.contains(element)) {
                            covered.add(element);
                        }
                    }
                    visits.add(new TeamVisit(member, assessment, timePlan,
                            covered.stream().mapToInt(Integer::intValue).toArray()));
                }
            }
            return new Inputs(List.copyOf(members), List.copyOf(profileIndex.keySet()),
                    elementProfiles.stream().mapToInt(Integer::intValue).toArray(),
                    elementValues.stream().mapToDouble(Double::doubleValue).toArray(),
                    elementPeople.stream().mapToDouble(Double::doubleValue).toArray(), visits, explanations,
                    settings.repeatServiceFactor());
        }

        TeamMeasure measure() {
            return new TeamMeasure(profileOfElement, valueOfElement, profiles.size(), repeatServiceFactor);
        }

        TeamVisit visitOf(int member, String platformId) {
            return visitByMemberAndPlatform.get(member + "/" + platformId);
        }

        double valueOf(List<TeamVisit> chosen) {
            TeamMeasure measure = measure();
            chosen.forEach(visit -> measure.add(visit.elements));
            return measure.value();
        }

        /** The chosen visits in order, each with what it adds after the ones before it. */
        TeamPortfolio portfolio(List<TeamVisit> chosen, TeamPortfolio.Selection selection, double membersOwnValue) {
            TeamMeasure measure = measure();
            List<TeamAssignment> assignments = new ArrayList<>();
            long[] usedSeconds = new long[members.size()];
            double people = 0;
            for (TeamVisit visit : chosen) {
                double gain = measure.gain(visit.elements);
                List<PersonProfile> fresh = new ArrayList<>();
                List<PersonProfile> shared = new ArrayList<>();
                for (int element : visit.elements) {
                    PersonProfile profile = profiles.get(profileOfElement[element]);
                    if (measure.isCovered(element)) {
                        shared.add(profile);
                    } else {
                        fresh.add(profile);
                        people += peopleOfElement[element];
                    }
                }
                measure.add(visit.elements);
                usedSeconds[visit.member] += visit.assessment.seconds();
                assignments.add(new TeamAssignment(members.get(visit.member).memberId(),
                        explanations.get(visit.member).recommendation(visit.assessment), gain,
                        gain / visit.assessment.hours(), fresh, shared));
            }
            List<TeamPortfolio.MemberHours> hours = new ArrayList<>();
            for (int member = 0; member < members.size(); member++) {
                hours.add(new TeamPortfolio.MemberHours(members.get(member).memberId(), availableHours[member],
                        PlatformAssessment.hoursOf(usedSeconds[member])));
            }
            return new TeamPortfolio(assignments, measure.value(), people, membersOwnValue, selection, hours);
        }
    }
}
