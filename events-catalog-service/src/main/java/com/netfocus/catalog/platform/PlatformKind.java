package com.netfocus.catalog.platform;

/** The kinds of places where many people of one kind meet for a short time and networking is encouraged. */
public enum PlatformKind {
    ASSOCIATION_MEETING,
    CHAMBER_MEETING,
    SEMINAR,
    CONFERENCE,
    MEETUP,
    TRADE_SHOW,
    OTHER
}
