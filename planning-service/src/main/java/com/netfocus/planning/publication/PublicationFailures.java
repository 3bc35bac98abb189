package com.netfocus.planning.publication;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/** How many times a plan's publication failed and was left to the recovery sweep (since start). */
@Component
public class PublicationFailures {

    private final AtomicLong failedAttempts = new AtomicLong();

    void failed() {
        failedAttempts.incrementAndGet();
    }

    public long failedAttempts() {
        return failedAttempts.get();
    }
}
