package com.netfocus.planning.state;

/** A follow-up is open until it is completed. */
public enum FollowUpStatus {
    OPEN, DONE
}
