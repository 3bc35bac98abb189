package com.netfocus.support.problem;

/** A dependency (database, broker) is away: the client may try again later; nothing was changed. */
public class ServiceUnavailableException extends RuntimeException {

    private final int retryAfterSeconds;

    public ServiceUnavailableException(String message, int retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
