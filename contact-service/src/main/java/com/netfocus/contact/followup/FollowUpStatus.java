package com.netfocus.contact.followup;

/** Whether a follow-up is still to be done. */
public enum FollowUpStatus {
    OPEN,
    DONE,
    /** The owner cancelled it: no longer due. */
    CANCELLED
}
