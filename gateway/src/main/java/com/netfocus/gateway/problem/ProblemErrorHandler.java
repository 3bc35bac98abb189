package com.netfocus.gateway.problem;

import com.netfocus.gateway.correlation.CorrelationIds;
import com.netfocus.gateway.routing.GatewayLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every failure that reaches the web layer (no route, backend down or slow, unexpected faults) into
 * problem+json. Runs before Boot's default handler (order -1), which would answer with its own JSON shape.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final String CORS_HEADER_PREFIX = "Access-Control-";

    private final ProblemWriter problems;
    private final GatewayLimits limits;

    public ProblemErrorHandler(ProblemWriter problems, GatewayLimits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        GatewayFailure failure = FailureClassifier.classify(error);
        String path = exchange.getRequest().getPath().value();
        String backend = backendOf(exchange);
        if (failure.status().is5xxServerError()) {
            log.warn("{} {} failed with {} (backend {}) [correlationId={}]: {}", exchange.getRequest().getMethod(),
                    path, failure.status().value(), backend, exchange.getAttribute(CorrelationIds.ATTRIBUTE),
                    error.toString());
        }
        if (failure.status() == HttpStatus.INTERNAL_SERVER_ERROR) {
            log.error("unexpected failure", error);
        }
        // headers a backend may have set before failing do not belong to the problem answer; the gateway's own
        // CORS headers do, or a browser page could not read the problem
        HttpHeaders cors = corsHeadersOf(exchange.getResponse().getHeaders());
        exchange.getResponse().getHeaders().clear();
        exchange.getResponse().getHeaders().addAll(cors);
        if (failure.isBackendUnavailable()) {
            exchange.getResponse().getHeaders().set("Retry-After",
                    String.valueOf(limits.backendUnavailableRetryAfter().toSeconds()));
        }
        return problems.write(exchange, failure.status(), failure.type(), failure.title(),
                detail(failure.status(), path, backend));
    }

    private static String detail(HttpStatus status, String path, String backend) {
        return switch (status) {
            case NOT_FOUND -> "no resource at " + path;
            case SERVICE_UNAVAILABLE -> "the " + backend + " service cannot be reached; try again shortly";
            case GATEWAY_TIMEOUT -> "the " + backend + " service did not answer in time";
            case BAD_GATEWAY -> "the " + backend + " service broke off its answer";
            case INTERNAL_SERVER_ERROR -> "the request could not be completed; quote the correlation id when reporting it";
            default -> status.getReasonPhrase();
        };
    }

    private static HttpHeaders corsHeadersOf(HttpHeaders headers) {
        HttpHeaders cors = new HttpHeaders();
        headers.forEach((name, values) -> {
            if (name.regionMatches(true, 0, CORS_HEADER_PREFIX, 0, CORS_HEADER_PREFIX.length())
                    || name.equalsIgnoreCase(HttpHeaders.VARY)) {
                cors.addAll(name, values);
            }
        });
        return cors;
    }

    private static String backendOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "backing" : route.getId();
    }
}
