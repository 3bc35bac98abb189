package com.netfocus.contact.followup;

/** Which follow-ups a due list shows; {@code ALL} is every one, open, done or cancelled. */
public enum StatusFilter {
    OPEN,
    DONE,
    CANCELLED,
    ALL
}
