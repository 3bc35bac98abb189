package com.netfocus.catalog.importing;

/** The file as a whole cannot be imported (empty, not text, no usable header): answered 400, nothing stored. */
class UnreadableFileException extends RuntimeException {

    private final String field;

    UnreadableFileException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}
