package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.IdentitySignature;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.Optional;

/**
 * On every proxied request: drop any X-Netfocus-* header the client sent and set the caller's identity from
 * the verified token, sealed with the shared identity secret, so a service can trust those headers.
 */
@Component
public class CallerHeadersFilter implements GlobalFilter, Ordered {

    private final CallerSeals seals;
    private final Clock clock;

    public CallerHeadersFilter(IdentitySignature seal, TokenCacheProperties tokenCache, Clock clock) {
        // at most one seal per caller whose token is remembered
        this.seals = new CallerSeals(seal, tokenCache.maxEntries());
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .ofType(CallerAuthentication.class)
                .map(authentication -> Optional.of(authentication.caller()))
                .defaultIfEmpty(Optional.<VerifiedCaller>empty())
                .flatMap(caller -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> CallerIdentity.apply(headers, caller, seals, clock.instant())))
                        .build()));
    }
}
