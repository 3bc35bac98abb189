package com.netfocus.contact.importing;

/** The upload is neither CSV nor vCard: answered 415, nothing stored. */
class UnsupportedFormatException extends RuntimeException {

    UnsupportedFormatException(String reason) {
        super(reason);
    }
}
