package com.netfocus.gateway.ratelimit;

import com.netfocus.gateway.identity.CallerAuthentication;
import com.netfocus.gateway.identity.VerifiedCaller;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Takes a token from the verified user's bucket (user id and org) for every request that got past authentication,
 * and gives back the one {@link ClientAddressLimitFilter} took from the client address for it. Over the allowance:
 * 429 problem+json with Retry-After. Requests without a verified user were counted against their address already.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's chain (order -100), which has set the principal by then. */
    public static final int ORDER = -50;

    private final RateLimits limits;

    public RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (RateLimits.isExempt(exchange)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .ofType(CallerAuthentication.class)
                .map(authentication -> Optional.of(authentication.caller()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(caller -> caller.isEmpty() ? chain.filter(exchange) : countAgainstUser(exchange, chain,
                        caller.get()));
    }

    private Mono<Void> countAgainstUser(ServerWebExchange exchange, WebFilterChain chain, VerifiedCaller caller) {
        String charged = exchange.getAttribute(ClientAddressLimitFilter.CHARGED_ADDRESS);
        if (charged != null) {
            limits.addresses().giveBack(charged);
        }
        RateLimiter.Decision decision = limits.users().tryAcquire(userKey(caller));
        return decision.allowed() ? chain.filter(exchange) : limits.tooMany(exchange, decision);
    }

    // the org is part of the key: user ids are only unique within an identity provider's org
    private static String userKey(VerifiedCaller caller) {
        return caller.org() + '\u0000' + caller.userId();
    }
}
