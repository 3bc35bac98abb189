package com.netfocus.support.problem;

/** The body or file is over a configured size or row limit: answered 413 problem+json; nothing was changed. */
public class PayloadTooLargeException extends RuntimeException {

    private final String field;

    public PayloadTooLargeException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
