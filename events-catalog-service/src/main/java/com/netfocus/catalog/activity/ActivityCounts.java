package com.netfocus.catalog.activity;

/** What plans did with a platform: how often it was chosen, attended, and how many people were met there. */
public record ActivityCounts(long timesChosen, long attendances, long peopleMet) {

    public static final ActivityCounts NONE = new ActivityCounts(0, 0, 0);

    ActivityCounts plus(ActivityCounts more) {
        return new ActivityCounts(timesChosen + more.timesChosen, attendances + more.attendances,
                peopleMet + more.peopleMet);
    }
}
