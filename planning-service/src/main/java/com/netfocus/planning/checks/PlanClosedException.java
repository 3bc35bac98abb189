package com.netfocus.planning.checks;

/** A change sent to a closed plan: refused (409), the plan stays as it was closed. */
public class PlanClosedException extends RuntimeException {

    private final String planId;

    public PlanClosedException(String planId, String nextPlanId) {
        super("plan " + planId + " is closed and takes no more changes"
                + (nextPlanId == null ? "" : "; its open objectives continue in plan " + nextPlanId));
        this.planId = planId;
    }

    public String planId() {
        return planId;
    }
}
