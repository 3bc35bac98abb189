package com.netfocus.planning.platform;

import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.contracts.plan.TargetProfile;

import java.util.List;
import java.util.Locale;

/**
 * Whom a platform gathers, as its catalog listing says: a profile target is served when some audience segment with a
 * share matches it, that is when every field the target names (function, position, industry) equals the segment's,
 * trimmed and without regard to case. The same match the catalog's recommendations score with, so that a platform
 * recommended for a target can be chosen for it.
 */
final class PlatformAudience {

    private final List<AudienceShare> segments;

    PlatformAudience(List<AudienceShare> segments) {
        this.segments = List.copyOf(segments);
    }

    boolean serves(TargetProfile profile) {
        return segments.stream().anyMatch(segment -> segment.share() > 0
                && matches(profile.function(), segment.function())
                && matches(profile.position(), segment.position())
                && matches(profile.industry(), segment.industry()));
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

    /** A field the target leaves blank matches anything; one it names must be the segment's too. */
    private static boolean matches(String wanted, String offered) {
        String want = normalise(wanted);
        return want.isEmpty() || want.equals(normalise(offered));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String orBlank(String text) {
        return text == null ? "" : text.strip();
    }
}
