package com.netfocus.support.access;

/** The caller is known but lacks the role the operation needs; nothing was changed. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
