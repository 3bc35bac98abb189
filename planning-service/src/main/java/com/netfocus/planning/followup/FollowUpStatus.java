package com.netfocus.planning.followup;

/** A follow-up is open until it is completed. */
public enum FollowUpStatus {
    OPEN, DONE
}
