package com.netfocus.contracts.plan;

/** A record on a topic that this version cannot read: it must not block the events behind it. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
