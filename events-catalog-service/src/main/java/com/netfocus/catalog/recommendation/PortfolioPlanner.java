package com.netfocus.catalog.recommendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Proposes platforms within the remaining hours budget.
 *
 * <p>Greedy by marginal value per hour, re-evaluated after every pick. A platform's marginal value is
 * {@code networkingFactor × Σ_t weightedPeople(t) × repeatServiceFactor^(platforms already serving t)}: the
 * first platform for a target counts in full, each further one less, so the set spreads over the targets.
 * A platform is skipped when it would exceed the budget, when its time (arrive early .. stay late) overlaps
 * one already chosen, or when it would add nothing. Picking the best value per hour is the classic
 * approximation for a budgeted choice; it is explainable step by step, which matters more here than the
 * last few percent an exact optimisation could find.
 */
public final class PortfolioPlanner {

    /** Higher value per hour first; ties as in the ranking (earlier programme, then platform id). */
    private static final Comparator<Candidate> BEST_FIRST = (a, b) -> {
        int byValue = Double.compare(b.valuePerHour(), a.valuePerHour());
        return byValue != 0 ? byValue
                : PlatformAssessment.EARLIER_THEN_ID.compare(a.assessment.offer(), b.assessment.offer());
    };

    private PortfolioPlanner() {
    }

    public static Portfolio propose(List<PlatformOffer> platforms, List<TargetNeed> targets, TimePlan timePlan,
                                    double remainingHours, ScoringSettings settings) {
        if (Double.isNaN(remainingHours)) {
            throw new IllegalArgumentException("remainingHours must be a number");
        }
        PlatformAssessor assessor = new PlatformAssessor(targets, timePlan, settings);
        List<Candidate> candidates = new ArrayList<>();
        for (PlatformOffer platform : platforms) {
            assessor.assess(platform)
                    .filter(assessment -> fits(assessment.seconds(), remainingHours))
                    .ifPresent(assessment -> candidates.add(new Candidate(assessment, timePlan)));
        }

        Explanations explanations = new Explanations(assessor);
        int targetCount = assessor.targets().size();
        double[] repeatDiscount = new double[targetCount];
        Arrays.fill(repeatDiscount, 1.0);
        double[] coveredPeople = new double[targetCount];
        int[] servingPlatforms = new int[targetCount];
        List<PortfolioPick> chosen = new ArrayList<>();
        long usedSeconds = 0;

        while (true) {
            Candidate best = null;
            for (Candidate candidate : candidates) {
                candidate.evaluate(repeatDiscount);
                if (candidate.value > 0 && (best == null || BEST_FIRST.compare(candidate, best) < 0)) {
                    best = candidate;
                }
            }
            if (best == null) {
                break;
            }
            Candidate picked = best;
            usedSeconds += picked.assessment.seconds();
            chosen.add(new PortfolioPick(explanations.recommendation(picked.assessment),
                    picked.value, picked.valuePerHour()));
            int[] served = picked.assessment.servedTargets();
            for (int i = 0; i < served.length; i++) {
                int target = served[i];
                coveredPeople[target] += picked.assessment.expectedPeople()[i];
                servingPlatforms[target]++;
                repeatDiscount[target] *= settings.repeatServiceFactor();
            }
            // the budget only shrinks and the chosen set only grows: what is ruled out now stays out
            long used = usedSeconds;
            candidates.removeIf(candidate -> candidate == picked || candidate.overlaps(picked)
                    || !fits(used + candidate.assessment.seconds(), remainingHours));
        }

        List<TargetCoverage> coverage = new ArrayList<>(targetCount);
        double totalPeople = 0;
        for (int target = 0; target < targetCount; target++) {
            coverage.add(new TargetCoverage(assessor.targets().get(target).targetId(), coveredPeople[target],
                    servingPlatforms[target]));
            totalPeople += coveredPeople[target];
        }
        return new Portfolio(chosen, PlatformAssessment.hoursOf(usedSeconds), totalPeople, coverage);
    }

    /**
     * Compared in the same unit the portfolio reports (seconds / 3600), so its total hours can never come out
     * above the budget through rounding.
     */
    private static boolean fits(long seconds, double remainingHours) {
        return PlatformAssessment.hoursOf(seconds) <= remainingHours;
    }

    private static final class Candidate {
        private final PlatformAssessment assessment;
        private final Instant arrival;
        private final Instant departure;
        private double value;

        private Candidate(PlatformAssessment assessment, TimePlan timePlan) {
            this.assessment = assessment;
            this.arrival = timePlan.arrival(assessment.offer());
            this.departure = timePlan.departure(assessment.offer());
        }

        private void evaluate(double[] repeatDiscount) {
            int[] served = assessment.servedTargets();
            double[] weighted = assessment.weightedPeople();
            double sum = 0;
            for (int i = 0; i < served.length; i++) {
                sum += weighted[i] * repeatDiscount[served[i]];
            }
            value = sum * assessment.networkingFactor();
        }

        /** Their whole stays (arrive early .. stay late) share some time; touching ends do not count. */
        private boolean overlaps(Candidate other) {
            return arrival.isBefore(other.departure) && other.arrival.isBefore(departure);
        }

        private double valuePerHour() {
            return value / assessment.hours();
        }
    }
}
