package com.netfocus.planning.view;

import com.netfocus.contracts.caller.Caller;

/**
 * Where a feature reads a plan as the API shows it, without knowing how plans are loaded: the plan layer's reader
 * implements it (cache, snapshot and newer events, with the shared read access and the {@code minVersion} wait).
 */
public interface PlanViews {

    /** The plan now, once the caller may read it; with a {@code minVersion}, at least at that version. */
    PlanView current(String planId, Caller caller, Long minVersion);
}
