package com.netfocus.reconciliation;

import java.util.List;

/**
 * What the reconciliation reads of events-catalog-service's projections of plan events: per plan its needs (the last
 * sequence applied, the targets, the chosen platforms), per platform its activity counts. events-catalog-service's
 * PlatformActivityProjectionTest holds the documents its projections write to these names.
 */
public final class CatalogProjections {

    public static final String DATABASE = "netfocus-catalog";
    public static final String PLAN_NEEDS = "plan_needs";
    public static final String PLATFORM_ACTIVITY = "platform_activity";
    public static final String APPLIED_SEQUENCE = "appliedSequence";
    public static final String TARGETS = "targets";
    public static final String CHOSEN_PLATFORMS = "chosenPlatforms";
    public static final String TIMES_CHOSEN = "timesChosen";
    public static final String ATTENDANCES = "attendances";
    public static final String PEOPLE_MET = "peopleMet";
    public static final List<String> PLAN_NEEDS_FIELDS = List.of(APPLIED_SEQUENCE, TARGETS, CHOSEN_PLATFORMS);
    public static final List<String> PLATFORM_ACTIVITY_FIELDS = List.of(TIMES_CHOSEN, ATTENDANCES, PEOPLE_MET);

    private CatalogProjections() {
    }
}
