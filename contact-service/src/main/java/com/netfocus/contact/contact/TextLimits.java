package com.netfocus.contact.contact;

/** Lengths of free text fields; generous for people, small enough to keep documents and pages small. */
final class TextLimits {

    static final int SHORT = 200;
    static final int EMAIL = 254;
    static final int PHONE = 40;
    /** Why a contact was edited. */
    static final int REASON = 2000;

    private TextLimits() {
    }
}
