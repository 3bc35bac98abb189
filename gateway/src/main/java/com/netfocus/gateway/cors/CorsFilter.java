package com.netfocus.gateway.cors;

import com.netfocus.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Checks every cross-origin request against {@code netfocus.gateway.cors.*} before authentication: a preflight
 * (OPTIONS with Access-Control-Request-Method) is answered here, without a token, and never reaches a service; a
 * cross-origin request from an origin, method or header not allowed is refused with a 403 problem. Same-origin and
 * non-browser requests (no Origin header) pass untouched.
 */
@Component
public class CorsFilter implements WebFilter, Ordered {

    /** After the correlation id is set (so refusals carry it), before Spring Security's chain (order -100). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter problems;

    public CorsFilter(CorsProperties properties, ProblemWriter problems) {
        this.configuration = properties.configuration();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        boolean allowed = processor.process(configuration, exchange);
        if (!allowed) {
            // the processor already set 403; the problem body says why, not which origins would be allowed
            return problems.write(exchange, HttpStatus.FORBIDDEN, "cors-rejected", "Cross-origin request refused",
                    "this origin may not call the API with this method and these headers: "
                            + exchange.getRequest().getHeaders().getOrigin());
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            exchange.getResponse().getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }
}
