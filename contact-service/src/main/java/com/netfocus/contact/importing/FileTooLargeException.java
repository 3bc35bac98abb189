package com.netfocus.contact.importing;

/** The file is over the configured bytes or rows: answered 413, nothing stored. */
class FileTooLargeException extends RuntimeException {

    FileTooLargeException(String reason) {
        super(reason);
    }
}
