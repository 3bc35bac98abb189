package com.netfocus.planning.platform;

import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.contracts.plan.TargetProfile;

import java.util.List;

/**
 * Whom a platform gathers, as its catalog listing says: the share of its expected attendance that is of a profile
 * target, summed over the segments matching it. A segment matches when every field the target names (function,
 * position, industry) equals the segment's, trimmed and in any case ({@link TargetProfile#normalised()}); a field the
 * target leaves blank matches anything. The same match the catalog's recommendations score with, so that a briefing
 * expects the people the recommendation promised (before the org's calibration, which only the catalog knows). Pure.
 */
public final class PlatformAudience {

    private final List<AudienceShare> segments;
    private final Integer expectedAttendance;

    public PlatformAudience(List<AudienceShare> segments, Integer expectedAttendance) {
        this.segments = List.copyOf(segments);
        this.expectedAttendance = expectedAttendance;
    }

    /** Whether the listing says anything about whom the platform gathers. */
    public boolean isKnown() {
        return !segments.isEmpty() && expectedAttendance != null;
    }

    /** The people of the profile to expect there: attendance × the share of the matching segments. */
    public double expectedPeople(TargetProfile profile) {
        if (!isKnown() || profile == null) {
            return 0;
        }
        TargetProfile wanted = profile.normalised();
        double share = 0;
        for (AudienceShare segment : segments) {
            TargetProfile offered = new TargetProfile(segment.function(), segment.position(), segment.industry())
                    .normalised();
            if (segment.share() > 0 && matches(wanted.function(), offered.function())
                    && matches(wanted.position(), offered.position())
                    && matches(wanted.industry(), offered.industry())) {
                share += segment.share();
            }
        }
        return expectedAttendance * share;
    }

    private static boolean matches(String wanted, String offered) {
        return wanted.isEmpty() || wanted.equals(offered);
    }
}
