package com.netfocus.planning.planlist;

/** Where a plan stands in the list: open to changes, or closed by its owner. */
public enum ListStatus {
    OPEN, CLOSED
}
