package com.netfocus.gateway.routing;

import com.netfocus.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses request bodies over {@code netfocus.gateway.max-request-size} with 413: up front when the client
 * declares the length, while streaming when it sends the body chunked.
 */
@Component
public class RequestSizeLimitFilter implements WebFilter, Ordered {

    /** After the correlation id is set, before authentication: an oversized body is refused cheaply. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final long maxBytes;
    private final ProblemWriter problems;

    public RequestSizeLimitFilter(GatewayLimits limits, ProblemWriter problems) {
        this.maxBytes = limits.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "Request body too large", tooLarge());
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(exchange)).build());
    }

    private String tooLarge() {
        return "the request body is larger than " + maxBytes + " bytes";
    }

    private final class CountingRequest extends ServerHttpRequestDecorator {

        CountingRequest(ServerWebExchange exchange) {
            super(exchange.getRequest());
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge()));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
