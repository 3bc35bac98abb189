package com.netfocus.contracts.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The SMART assessment of one objective, as stored with it. Specific, Measurable and Timely are hard rules (an
 * objective failing one is never defined); Achievable and Realistic are judgement calls, kept as warnings.
 */
public record SmartVerdicts(SmartVerdict specific, SmartVerdict measurable, SmartVerdict achievable,
                            SmartVerdict realistic, SmartVerdict timely) {

    /** The soft criteria that failed: stored with the objective, shown with the plan, never blocking. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (!achievable.ok()) {
            warnings.add("achievable: " + achievable.reason());
        }
        if (!realistic.ok()) {
            warnings.add("realistic: " + realistic.reason());
        }
        return warnings;
    }
}
