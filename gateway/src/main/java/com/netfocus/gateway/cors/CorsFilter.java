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

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Checks every cross-origin request against {@code netfocus.gateway.cors.*} before authentication: a preflight
 * (OPTIONS with Access-Control-Request-Method) is answered here, without a token, and never reaches a service; a
 * cross-origin request from an origin, method or header not allowed is refused with a 403 problem, and so is an
 * Origin header that is no origin at all ({@code http://localhost:1.x}). Same-origin and non-browser requests (no
 * Origin header) pass untouched. Every such request has been counted against its client address already.
 */
@Component
public class CorsFilter implements WebFilter, Ordered {

    /** After the correlation id is set (so refusals carry it), before Spring Security's chain (order -100). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    private static final String OPAQUE_ORIGIN = "null";
    private static final int MAX_PORT = 65_535;

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter problems;

    public CorsFilter(CorsProperties properties, ProblemWriter problems) {
        this.configuration = properties.configuration();
        this.problems = problems;
    }

    private Mono<Void> notAnOrigin(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "cors-rejected", "Cross-origin request refused",
                "the Origin header is not an origin (scheme://host[:port]); a browser sets it, do not send it by hand");
    }

    /**
     * Whether a header value is an origin as browsers send it: {@code null} (an opaque origin), or a scheme and a
     * host with an optional port and nothing else.
     */
    static boolean isOrigin(String value) {
        if (OPAQUE_ORIGIN.equals(value)) {
            return true;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && uri.getHost() != null && uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && (uri.getPort() == -1 || uri.getPort() <= MAX_PORT)
                    && value.equals(uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String origin = exchange.getRequest().getHeaders().getOrigin();
        if (origin != null && !isOrigin(origin)) {
            // a browser never sends such an Origin; refused before Spring's CORS support tries to parse it
            return notAnOrigin(exchange);
        }
        boolean cors;
        boolean allowed;
        try {
            cors = CorsUtils.isCorsRequest(exchange.getRequest());
            allowed = !cors || processor.process(configuration, exchange);
        } catch (IllegalArgumentException unparsable) {
            return notAnOrigin(exchange);
        }
        if (!cors) {
            return chain.filter(exchange);
        }
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
