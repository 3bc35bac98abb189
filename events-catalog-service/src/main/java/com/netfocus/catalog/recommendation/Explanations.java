package com.netfocus.catalog.recommendation;

import java.util.List;

/**
 * Turns assessments into the {@link Recommendation}s a person reads: the numbers behind the score, in words.
 * A ranking explains thousands of platforms per request, so the per-target wording is prepared once per run
 * and the text is built with a plain StringBuilder.
 */
final class Explanations {

    private static final int PEOPLE_DECIMALS = 1;
    private static final int FACTOR_DECIMALS = 2;

    private final List<TargetNeed> targets;
    private final TimePlan timePlan;
    private final String[] targetIds;
    private final String[] targetWording;

    Explanations(PlatformAssessor assessor) {
        this.targets = assessor.targets();
        this.timePlan = assessor.timePlan();
        this.targetIds = new String[targets.size()];
        this.targetWording = new String[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            TargetNeed target = targets.get(i);
            targetIds[i] = target.targetId();
            StringBuilder wording = new StringBuilder(" people (priority ").append(target.priority())
                    .append(", weight ");
            number(wording, assessor.settings().priorityWeight(target.priority()), FACTOR_DECIMALS);
            targetWording[i] = wording.append(')').toString();
        }
    }

    Recommendation recommendation(PlatformAssessment assessment) {
        int[] served = assessment.servedTargets();
        ServedTarget[] servedTargets = new ServedTarget[served.length];
        for (int i = 0; i < served.length; i++) {
            servedTargets[i] = new ServedTarget(targetIds[served[i]], assessment.expectedPeople()[i]);
        }
        PlatformOffer offer = assessment.offer();
        return new Recommendation(offer.platformId(), offer.name(), assessment.score(), assessment.hours(),
                List.of(servedTargets), explain(assessment));
    }

    private String explain(PlatformAssessment assessment) {
        int[] served = assessment.servedTargets();
        StringBuilder text = new StringBuilder(256 + served.length * 48);
        text.append("Serves ").append(served.length).append(served.length == 1 ? " target: " : " targets: ");
        for (int i = 0; i < served.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(targetIds[served[i]]).append(" ~");
            number(text, assessment.expectedPeople()[i], PEOPLE_DECIMALS);
            text.append(targetWording[served[i]]);
        }
        PlatformOffer offer = assessment.offer();
        text.append(". Weighted people ");
        number(text, assessment.totalWeightedPeople(), PEOPLE_DECIMALS);
        text.append(" x networking factor ");
        number(text, assessment.networkingFactor(), FACTOR_DECIMALS);
        text.append(offer.networkingSupported() ? " (networking supported) / " : " (networking not supported) / ");
        number(text, assessment.hours(), FACTOR_DECIMALS);
        text.append(" h (programme ").append(offer.programDuration().toMinutes()).append(" min + ")
                .append(timePlan.arriveEarlyMinutes()).append(" min early + ")
                .append(timePlan.stayLateMinutes()).append(" min late) = ");
        number(text, assessment.score(), FACTOR_DECIMALS);
        text.append(" weighted target people per hour.");
        calibration(text, offer);
        text.append(" Topic is not considered.");
        return text.toString();
    }

    /** Says by how much the org's attendance and the rep's own adjusted the people the audience data promises. */
    private static void calibration(StringBuilder text, PlatformOffer offer) {
        if (offer.calibration() == 1.0) {
            return;
        }
        text.append(" Expected people x");
        number(text, offer.orgCalibration(), FACTOR_DECIMALS);
        text.append(" by the org's own attendance");
        if (offer.personalCalibration() != 1.0) {
            text.append(", x");
            number(text, offer.personalCalibration(), FACTOR_DECIMALS);
            text.append(" by the rep's own");
        }
        text.append('.');
    }

    /** Appends {@code value} rounded half-up to {@code decimals} places, never in scientific notation. */
    static StringBuilder number(StringBuilder text, double value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            text.append('-');
        }
        text.append(scaled / scale);
        if (decimals > 0) {
            text.append('.');
            long fraction = scaled % scale;
            for (long digit = scale / 10; digit > 0; digit /= 10) {
                text.append((char) ('0' + fraction / digit % 10));
            }
        }
        return text;
    }
}
