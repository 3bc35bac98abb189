package com.netfocus.gateway.management;

import com.netfocus.contracts.management.ManagementCredential;
import com.netfocus.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Keeps the gateway's management endpoints (metrics and the rest under /actuator) to whoever holds the management
 * token, while health stays open to probes: see {@link ManagementCredential}. A refusal is a 401 problem+json.
 */
@Component
public class ManagementAccessFilter implements WebFilter, Ordered {

    /** After the correlation id is set, before the rate limits and the user's authentication. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 3;

    private final ManagementCredential credential;
    private final ProblemWriter problems;

    public ManagementAccessFilter(ManagementProperties properties, ProblemWriter problems) {
        this.credential = new ManagementCredential(properties.token());
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!ManagementCredential.guards(exchange.getRequest().getPath().value())) {
            return chain.filter(exchange);
        }
        if (credential.accepts(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))) {
            // the management token is no user's token: the user authentication after this must not try to read it
            return chain.filter(exchange.mutate()
                    .request(request -> request.headers(headers -> headers.remove(HttpHeaders.AUTHORIZATION)))
                    .build());
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Management credential required",
                credential.refusal());
    }
}
