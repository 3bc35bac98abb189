package com.netfocus.catalog.planneeds;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Refuses minutes and limits outside the configured bounds instead of silently clamping them. Runs as a binder
 * validator, so a refusal is a 400 problem naming the query parameter, like any other invalid request field.
 */
@Component
public class AdviceQueryValidator implements Validator {

    private final RecommendationProperties properties;

    public AdviceQueryValidator(RecommendationProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean supports(Class<?> type) {
        return TimeAroundProgramme.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        TimeAroundProgramme time = (TimeAroundProgramme) target;
        checkMinutes(time.arriveEarlyMinutes(), TimeAroundProgramme.ARRIVE_EARLY_MINUTES, errors);
        checkMinutes(time.stayLateMinutes(), TimeAroundProgramme.STAY_LATE_MINUTES, errors);
        if (target instanceof RecommendationsQuery query && query.limit() != null
                && (query.limit() < 1 || query.limit() > properties.maxLimit())) {
            errors.rejectValue(RecommendationsQuery.LIMIT, "range", "must be between 1 and " + properties.maxLimit());
        }
    }

    private void checkMinutes(Integer minutes, String field, Errors errors) {
        if (minutes != null && (minutes < 0 || minutes > properties.maxMinutesAroundProgramme())) {
            errors.rejectValue(field, "range", "must be between 0 and " + properties.maxMinutesAroundProgramme()
                    + " minutes");
        }
    }
}
