package com.netfocus.support.problem;

/**
 * An uploaded file as a whole cannot be read (empty, not text, no usable header): answered 400 problem+json
 * naming the part at fault ({@code file}, {@code header}); nothing was changed.
 */
public class UnreadableFileException extends RuntimeException {

    private final String field;

    public UnreadableFileException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
