package com.netfocus.catalog.planneeds;

/** The minutes a request plans to arrive before and stay after each programme; null means "the default". */
interface TimeAroundProgramme {

    String ARRIVE_EARLY_MINUTES = "arriveEarlyMinutes";
    String STAY_LATE_MINUTES = "stayLateMinutes";

    Integer arriveEarlyMinutes();

    Integer stayLateMinutes();
}
