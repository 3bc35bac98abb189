package com.netfocus.catalog.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Scores platforms for one set of targets:
 * <pre>
 *   expectedPeople(t) = expectedAttendance × Σ share of the segments matching t × calibration
 *   hours             = programme duration + arrive-early minutes + stay-late minutes
 *   score             = Σ_t expectedPeople(t) × priorityWeight(t) × networkingFactor / hours
 * </pre>
 * A target counts only if the programme starts before that target's deadline; a platform is eligible only
 * if its programme starts after "now" and it serves at least one target. Topic is never read.
 *
 * <p>Not thread-safe (see {@link AudienceMatcher}); make one per scoring run.
 */
final class PlatformAssessor {

    private final List<TargetNeed> targets;
    private final TimePlan timePlan;
    private final ScoringSettings settings;
    private final AudienceMatcher matcher;
    private final double[] weightOfTarget;
    private final Instant latestDeadline;
    private final long extraSeconds;

    PlatformAssessor(List<TargetNeed> targets, TimePlan timePlan, ScoringSettings settings) {
        this.targets = List.copyOf(targets);
        this.timePlan = timePlan;
        this.settings = settings;
        this.matcher = new AudienceMatcher(this.targets);
        this.weightOfTarget = new double[this.targets.size()];
        Instant latest = Instant.MIN;
        for (int i = 0; i < this.targets.size(); i++) {
            TargetNeed target = this.targets.get(i);
            weightOfTarget[i] = settings.priorityWeight(target.priority());
            if (target.deadline().isAfter(latest)) {
                latest = target.deadline();
            }
        }
        this.latestDeadline = latest;
        this.extraSeconds = timePlan.extra().toSeconds();
    }

    List<TargetNeed> targets() {
        return targets;
    }

    TimePlan timePlan() {
        return timePlan;
    }

    ScoringSettings settings() {
        return settings;
    }

    /** The platform's assessment, or empty when it is not eligible or serves no target. */
    Optional<PlatformAssessment> assess(PlatformOffer offer) {
        Instant starts = offer.programStartsAt();
        if (!starts.isAfter(settings.now()) || !starts.isBefore(latestDeadline)) {
            return Optional.empty();
        }
        matcher.match(offer.audience());
        matcher.sortTouchedTargets();
        int served = 0;
        for (int i = 0; i < matcher.touchedCount(); i++) {
            if (serves(offer, matcher.touchedTarget(i))) {
                served++;
            }
        }
        if (served == 0) {
            return Optional.empty();
        }
        int[] servedTargets = new int[served];
        double[] people = new double[served];
        double[] weighted = new double[served];
        double weightedTotal = 0;
        for (int i = 0, next = 0; i < matcher.touchedCount(); i++) {
            int target = matcher.touchedTarget(i);
            if (serves(offer, target)) {
                servedTargets[next] = target;
                people[next] = expectedPeople(offer, target);
                weighted[next] = people[next] * weightOfTarget[target];
                weightedTotal += weighted[next];
                next++;
            }
        }
        long seconds = offer.programDuration().toSeconds() + extraSeconds;
        double networkingFactor = settings.networkingFactor(offer.networkingSupported());
        double score = weightedTotal * networkingFactor / PlatformAssessment.hoursOf(seconds);
        return Optional.of(new PlatformAssessment(offer, seconds, servedTargets, people, weighted,
                networkingFactor, score));
    }

    /** A matched target counts if somebody of it is expected and the programme starts before its deadline. */
    private boolean serves(PlatformOffer offer, int target) {
        return expectedPeople(offer, target) > 0 && offer.programStartsAt().isBefore(targets.get(target).deadline());
    }

    private double expectedPeople(PlatformOffer offer, int target) {
        return offer.expectedAttendance() * matcher.share(target) * offer.calibration();
    }
}
