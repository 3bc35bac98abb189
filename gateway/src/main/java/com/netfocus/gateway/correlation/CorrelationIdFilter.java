package com.netfocus.gateway.correlation;

import com.netfocus.contracts.caller.CallerHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Gives every request one correlation id (the client's, if acceptable, or a new one), passes it to the backend,
 * echoes it on every response (also the gateway's own 401/404/5xx) and writes one log line per request: at DEBUG
 * for an answer below 500, at INFO for a 5xx or a request that did not complete (cancelled, failed). One INFO line
 * per request was 18,000 lines per benchmark run and a visible share of the gateway's CPU; the failures stay in the
 * log at the default level. Runs first, so that even refused requests are logged and answered with the id.
 */
@Component
public class CorrelationIdFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = CorrelationIds.acceptOrCreate(
                exchange.getRequest().getHeaders().getFirst(CallerHeaders.CORRELATION_ID));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(CallerHeaders.CORRELATION_ID, correlationId))
                .build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(CorrelationIds.ATTRIBUTE, correlationId);
        // set just before the response goes out: a backend's copy of the header, or an error handler that
        // resets the headers, cannot leave the client without the id
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(CallerHeaders.CORRELATION_ID, correlationId);
            return Mono.empty();
        });
        long started = System.nanoTime();
        return chain.filter(withId)
                .contextWrite(context -> context.put(CorrelationIds.CONTEXT_KEY, correlationId))
                .doFinally(signal -> logRequest(withId, correlationId, started, signal));
    }

    private static void logRequest(ServerWebExchange exchange, String correlationId, long started,
                                   SignalType signal) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        boolean failed = signal != SignalType.ON_COMPLETE || (status != null && status.is5xxServerError());
        if (!(failed ? log.isInfoEnabled() : log.isDebugEnabled())) {
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        try (MDC.MDCCloseable ignored = MDC.putCloseable(CorrelationIds.CONTEXT_KEY, correlationId)) {
            // the path only, never the query or headers: those may carry tokens or personal data
            String format = "{} {} -> {} in {} ms [correlationId={}]{}";
            Object[] arguments = {exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                    status == null ? "-" : status.value(), millis, correlationId,
                    signal == SignalType.ON_COMPLETE ? "" : " (" + signal + ")"};
            if (failed) {
                log.info(format, arguments);
            } else {
                log.debug(format, arguments);
            }
        }
    }
}
