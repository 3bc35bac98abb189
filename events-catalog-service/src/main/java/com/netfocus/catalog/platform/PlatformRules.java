package com.netfocus.catalog.platform;

import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.RejectedInputException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The rules between fields of a platform, checked after each field on its own was found valid. */
@Component
public class PlatformRules {

    private final CatalogLimits limits;

    public PlatformRules(CatalogLimits limits) {
        this.limits = limits;
    }

    /** @throws RejectedInputException naming every field at fault */
    public void check(AddPlatform platform) {
        List<FieldError> errors = new ArrayList<>();
        if (!platform.endsAt().isAfter(platform.startsAt())) {
            errors.add(new FieldError("endsAt", "must be after startsAt (doors close after they open)"));
        } else if (Duration.between(platform.startsAt(), platform.endsAt()).toHours() >= limits.maxDurationHours()) {
            errors.add(new FieldError("endsAt", "makes the platform last " + limits.maxDurationHours()
                    + " hours or more; split it into several platforms"));
        }
        if (!platform.programEndsAt().isAfter(platform.programStartsAt())) {
            errors.add(new FieldError("programEndsAt", "must be after programStartsAt"));
        }
        if (platform.programStartsAt().isBefore(platform.startsAt())) {
            errors.add(new FieldError("programStartsAt", "must not be before startsAt (the programme lies inside the doors)"));
        }
        if (platform.programEndsAt().isAfter(platform.endsAt())) {
            errors.add(new FieldError("programEndsAt", "must not be after endsAt (the programme lies inside the doors)"));
        }
        if (platform.expectedAttendance() > limits.maxExpectedAttendance()) {
            errors.add(new FieldError("expectedAttendance", "must be at most " + limits.maxExpectedAttendance()));
        }
        checkAudience(platform.audience(), errors);
        if (!errors.isEmpty()) {
            throw new RejectedInputException(errors);
        }
    }

    private void checkAudience(List<AudienceSegment> audience, List<FieldError> errors) {
        if (audience.size() > limits.maxAudienceSegments()) {
            errors.add(new FieldError("audience", "must have at most " + limits.maxAudienceSegments() + " segments"));
        }
        double total = 0;
        for (int i = 0; i < audience.size(); i++) {
            AudienceSegment segment = audience.get(i);
            if (!segment.describesSomebody()) {
                errors.add(new FieldError("audience[" + i + "]", "must name a function, a position or an industry"));
            }
            total += segment.share();
        }
        if (total > 1 + limits.shareTolerance()) {
            errors.add(new FieldError("audience", "shares add up to " + total
                    + "; they are fractions of the expected attendance and must add up to at most 1"));
        }
    }
}
