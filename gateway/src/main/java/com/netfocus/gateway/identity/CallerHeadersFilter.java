package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * On every proxied request: drop any X-Netfocus-* header the client sent and set the caller's identity from
 * the verified token, sealed with the shared identity secret for this very request (its method and the path and
 * query the backend receives), so a service can trust those headers and a captured seal opens no other request.
 */
@Component
public class CallerHeadersFilter implements GlobalFilter, Ordered {

    /** Once the backend URL is known (the route's target with the request's raw path and query). */
    public static final int ORDER = RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;

    private final IdentitySignature seal;
    private final Clock clock;

    public CallerHeadersFilter(IdentitySignature seal, Clock clock) {
        this.seal = seal;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI backend = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        // as the HTTP client writes it on the wire: the raw path and query, anything beyond ASCII escaped
        URI sent = URI.create((backend == null ? exchange.getRequest().getURI() : backend).toASCIIString());
        SealedRequest request = SealedRequest.of(exchange.getRequest().getMethod().name(), sent);
        return exchange.getPrincipal()
                .ofType(CallerAuthentication.class)
                .map(authentication -> Optional.of(authentication.caller()))
                .defaultIfEmpty(Optional.<VerifiedCaller>empty())
                .flatMap(caller -> chain.filter(exchange.mutate()
                        .request(mutated -> mutated.headers(headers ->
                                CallerIdentity.apply(headers, caller, seal, request, clock.instant())))
                        .build()));
    }
}
