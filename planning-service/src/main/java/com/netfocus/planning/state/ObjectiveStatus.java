package com.netfocus.planning.state;

/** Where an objective stands. Only ACTIVE ones change, and only they count toward the org's limit. */
public enum ObjectiveStatus {
    ACTIVE, ACHIEVED, ABANDONED
}
