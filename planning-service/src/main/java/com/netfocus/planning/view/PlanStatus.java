package com.netfocus.planning.view;

/** How far a plan has come along the chain why -> who -> where -> attend, or that it is closed. */
public enum PlanStatus {
    /** Created; no objective yet. */
    OPEN,
    /** At least one objective. */
    FOCUSED,
    /** At least one platform chosen. */
    SCHEDULED,
    /** At least one attendance logged. */
    ACTIVE,
    /** Closed by its owner: readable, never changed again. */
    CLOSED
}
