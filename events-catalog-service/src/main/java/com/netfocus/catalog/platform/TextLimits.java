package com.netfocus.catalog.platform;

/** Lengths of free text fields; generous for people, small enough to keep documents and pages small. */
final class TextLimits {

    static final int SHORT = 200;
    static final int LONG = 2000;

    private TextLimits() {
    }
}
