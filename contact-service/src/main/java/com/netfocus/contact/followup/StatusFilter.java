package com.netfocus.contact.followup;

/** Which follow-ups a due list shows; {@code ALL} is both open and done. */
public enum StatusFilter {
    OPEN,
    DONE,
    ALL
}
