package com.netfocus.reconciliation;

import java.util.List;

/**
 * What the reconciliation reads of contact-service's projection of plan events: per plan the last sequence applied
 * and the targets. contact-service's PlanPeopleProjectionTest holds the documents its projection writes to these
 * names.
 */
public final class ContactProjections {

    public static final String DATABASE = "netfocus-contacts";
    public static final String PLAN_PEOPLE = "plan_people";
    public static final String APPLIED_SEQUENCE = "appliedSequence";
    public static final String TARGETS = "targets";
    public static final List<String> PLAN_PEOPLE_FIELDS = List.of(APPLIED_SEQUENCE, TARGETS);

    private ContactProjections() {
    }
}
