package com.netfocus.catalog.recommendation;

import java.time.Instant;

/**
 * One member at one platform, as the team portfolio may propose it: the platform as assessed for that member's
 * targets, the whole stay (arrive early .. stay late), and the (platform, profile) elements of the team measure it
 * covers.
 */
final class TeamVisit {

    final int member;
    final PlatformAssessment assessment;
    final Instant arrival;
    final Instant departure;
    final int[] elements;

    TeamVisit(int member, PlatformAssessment assessment, TimePlan timePlan, int[] elements) {
        this.member = member;
        this.assessment = assessment;
        this.arrival = timePlan.arrival(assessment.offer());
        this.departure = timePlan.departure(assessment.offer());
        this.elements = elements;
    }

    /** Their whole stays share some time; touching ends do not count (as in the per-plan portfolio). */
    boolean overlaps(TeamVisit other) {
        return arrival.isBefore(other.departure) && other.arrival.isBefore(departure);
    }

    String platformId() {
        return assessment.offer().platformId();
    }
}
