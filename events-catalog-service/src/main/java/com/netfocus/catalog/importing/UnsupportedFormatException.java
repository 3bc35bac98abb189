package com.netfocus.catalog.importing;

/** The upload is neither CSV nor iCalendar: answered 415, nothing stored. */
class UnsupportedFormatException extends RuntimeException {

    UnsupportedFormatException(String reason) {
        super(reason);
    }
}
