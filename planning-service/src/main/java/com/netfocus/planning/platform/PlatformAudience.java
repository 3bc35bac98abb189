package com.netfocus.planning.platform;

import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.contracts.plan.TargetProfile;

import java.util.List;

/**
 * Whom a platform gathers, as its catalog listing says. A segment matches a profile target when every field the target
 * names (function, position, industry) equals the segment's, trimmed and in any case ({@link TargetProfile#normalised()});
 * a field the target leaves blank matches anything. A target is served when a segment with a share matches it, and the
 * people of its profile to expect are the expected attendance × the share of the matching segments. The same match the
 * catalog's recommendations score with, so that a platform recommended for a target can be chosen for it and a
 * briefing expects the people the recommendation promised (before the org's calibration, which only the catalog
 * knows). Pure.
 */
public final class PlatformAudience {

    private final List<AudienceShare> segments;
    private final Integer expectedAttendance;

    public PlatformAudience(List<AudienceShare> segments, Integer expectedAttendance) {
        this.segments = List.copyOf(segments);
        this.expectedAttendance = expectedAttendance;
    }

    /** The segments alone, for whether a target is served. */
    PlatformAudience(List<AudienceShare> segments) {
        this(segments, null);
    }

    /** Whether the listing says how many of whom the platform gathers. */
    public boolean isKnown() {
        return !segments.isEmpty() && expectedAttendance != null;
    }

    boolean serves(TargetProfile profile) {
        return share(profile) > 0;
    }

    /** The people of the profile to expect there: attendance × the share of the matching segments. */
    public double expectedPeople(TargetProfile profile) {
        return isKnown() && profile != null ? expectedAttendance * share(profile) : 0;
    }

    /** What the audience holds, for a refusal's reason: "Finance CFO Retail (40 %), ...". */
    String describe() {
        if (segments.isEmpty()) {
            return "nobody";
        }
        StringBuilder text = new StringBuilder();
        for (AudienceShare segment : segments) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(String.join(" ", List.of(orBlank(segment.function()), orBlank(segment.position()),
                            orBlank(segment.industry())).stream().filter(part -> !part.isEmpty()).toList()))
                    .append(" (").append(Math.round(segment.share() * 100)).append(" %)");
        }
        return text.toString();
    }

    /** The share of the attendance the segments matching the profile make up. */
    private double share(TargetProfile profile) {
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
        return share;
    }

    private static boolean matches(String wanted, String offered) {
        return wanted.isEmpty() || wanted.equals(offered);
    }

    private static String orBlank(String text) {
        return text == null ? "" : text.strip();
    }
}
