package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.UnreadableEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The two ways a plan event can fail. An unreadable record will never become readable: the batch listener sends it to
 * the dead letters ({@link PlanEventBatchListener}) so that it cannot block the events behind it (should one reach
 * this handler anyway, it is logged with its position and reason and skipped). Any other failure
 * (the database is away) is transient: the record is retried with growing waits and never skipped,
 * because a skipped event would be missing from the projection for good.
 */
public final class PlanEventsErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(PlanEventsErrorHandling.class);
    /** The reason can quote the record's raw bytes: keep the log line short and printable. */
    private static final int MAX_REASON_LENGTH = 300;

    private PlanEventsErrorHandling() {
    }

    public static DefaultErrorHandler errorHandler(PlanEventsConsumerProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitialDelay().toMillis(),
                properties.retryMultiplier());
        backOff.setMaxInterval(properties.retryMaxDelay().toMillis());
        // No maximum elapsed time and no maximum attempts: a transient failure is retried until it passes.
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(PlanEventsErrorHandling::skipUnreadable, backOff);
        handler.addNotRetryableExceptions(UnreadableEventException.class);
        handler.setCommitRecovered(true);
        handler.setLogLevel(org.springframework.kafka.KafkaException.Level.WARN);
        return handler;
    }

    private static void skipUnreadable(ConsumerRecord<?, ?> record, Exception failure) {
        log.warn("skipping unreadable plan event at {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                record.offset(), record.key(), reason(failure));
    }

    /** A short, printable reason for a failure, naming the unreadable cause where there is one. */
    public static String reasonOf(Throwable failure) {
        return reason(failure);
    }

    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof UnreadableEventException)) {
            cause = cause.getCause();
        }
        Throwable shown = cause == null ? failure : cause;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        Throwable root = shown.getCause();
        String reason = root == null || root.getMessage() == null ? message
                : message + " (" + root.getMessage().split("\n")[0] + ")";
        return printable(reason);
    }

    static String printable(String text) {
        String cleaned = text.codePoints()
                .map(c -> Character.isISOControl(c) || c == 0xFFFD ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return cleaned.length() <= MAX_REASON_LENGTH ? cleaned : cleaned.substring(0, MAX_REASON_LENGTH) + "...";
    }
}
