package com.netfocus.planning.state;

/** A follow-up is open until it is completed (done) or cancelled (no longer due); either way it is closed for good. */
public enum FollowUpStatus {
    OPEN, DONE, CANCELLED
}
