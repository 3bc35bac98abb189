package com.netfocus.planning.correlation;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.support.correlation.CorrelationIdFilter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;

/**
 * The correlation id in the logging context of threads that are not request threads (Kafka listeners, publication
 * workers), so that their log lines about an event carry the id of the request that caused it, as the request's own
 * lines do (logging.pattern.level prints it). Closing the scope restores what the thread had before.
 */
public final class LoggedCorrelation implements AutoCloseable {

    private final String previous;

    private LoggedCorrelation(String correlationId) {
        previous = MDC.get(CorrelationIdFilter.MDC_KEY);
        set(correlationId);
    }

    /** Logs with {@code correlationId} until closed; a null id logs without one. */
    public static LoggedCorrelation of(String correlationId) {
        return new LoggedCorrelation(correlationId);
    }

    /** Logs with the correlation id the record carries in its {@link CallerHeaders#CORRELATION_ID} header, if any. */
    public static LoggedCorrelation of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CallerHeaders.CORRELATION_ID);
        return of(header == null || header.value() == null ? null
                : new String(header.value(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        set(previous);
    }

    private static void set(String correlationId) {
        if (correlationId == null) {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        } else {
            MDC.put(CorrelationIdFilter.MDC_KEY, correlationId);
        }
    }
}
