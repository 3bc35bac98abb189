package com.netfocus.planning.objective;

import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.support.problem.FieldError;

import java.util.ArrayList;
import java.util.List;

/** The hard SMART criteria that failed, each on the request field it is about: these refuse an objective. */
final class SmartRefusals {

    private SmartRefusals() {
    }

    public static List<FieldError> of(SmartVerdicts smart, String metric) {
        List<FieldError> errors = new ArrayList<>();
        if (!smart.specific().ok()) {
            errors.add(new FieldError("statement", "not specific: " + smart.specific().reason()));
        }
        if (!smart.measurable().ok()) {
            errors.add(new FieldError(metric == null || metric.isBlank() ? "metric" : "target",
                    "not measurable: " + smart.measurable().reason()));
        }
        if (!smart.timely().ok()) {
            errors.add(new FieldError("deadline", "not timely: " + smart.timely().reason()));
        }
        return errors;
    }
}
