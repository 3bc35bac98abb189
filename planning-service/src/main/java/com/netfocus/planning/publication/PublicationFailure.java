package com.netfocus.planning.publication;

import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Where and why a plan's publication stopped. {@code lasting}: the same record would fail the same way until its
 * cause is removed (Kafka refused it for good: too large, invalid, not authorised; or it cannot be read or encoded),
 * so trying it again every sweep only repeats the failure; otherwise the failure may pass by itself (the broker or the
 * store is away) and the next sweep tries again.
 */
record PublicationFailure(long sequence, String reason, boolean lasting) {

    /** A failure Kafka reported for the record at {@code sequence}. */
    static PublicationFailure of(long sequence, Throwable failure) {
        Throwable cause = unwrapped(failure);
        return new PublicationFailure(sequence, cause.toString(),
                cause instanceof ApiException && !(cause instanceof RetriableException));
    }

    /** The event at {@code sequence} cannot be turned into a record, whoever tries. */
    static PublicationFailure unpublishable(long sequence, String reason) {
        return new PublicationFailure(sequence, reason, true);
    }

    /** Nothing could be decided or sent from {@code sequence} on, for a reason that may pass. */
    static PublicationFailure passing(long sequence, Throwable failure) {
        return new PublicationFailure(sequence, unwrapped(failure).toString(), false);
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
