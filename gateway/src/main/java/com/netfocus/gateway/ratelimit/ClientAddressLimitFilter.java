package com.netfocus.gateway.ratelimit;

import com.netfocus.gateway.identity.VerifiedTokenCache;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * The client address's allowance, taken before anything costly or refusable happens: before the CORS check and
 * before a bearer token is verified. So requests with invalid tokens, without tokens, with a broken Origin, and the
 * requests that need no token (API description and page, local dev token) all count against the address, and an
 * address over its allowance gets 429 without its token being verified. A request whose token the gateway has
 * verified shortly before (remembered by {@link VerifiedTokenCache}) skips this step, and a request that turns out to
 * come from a verified user gets its token back ({@link RateLimitFilter} counts it against the user instead): many
 * users behind one address are limited by their own allowances, not by each other's.
 */
@Component
public class ClientAddressLimitFilter implements WebFilter, Ordered {

    /** After the correlation id is set (so refusals carry it), before the size limit, CORS and security. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;
    /** The exchange attribute naming the address whose token this request took. */
    static final String CHARGED_ADDRESS = ClientAddressLimitFilter.class.getName() + ".address";
    private static final String BEARER = "Bearer ";

    private final RateLimits limits;
    private final VerifiedTokenCache verified;

    public ClientAddressLimitFilter(RateLimits limits, VerifiedTokenCache verified) {
        this.limits = limits;
        this.verified = verified;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (RateLimits.isExempt(exchange) || verified.remembers(bearerToken(exchange))) {
            return chain.filter(exchange);
        }
        String address = addressOf(exchange);
        RateLimiter.Decision decision = limits.addresses().tryAcquire(address);
        if (!decision.allowed()) {
            return limits.tooMany(exchange, decision);
        }
        exchange.getAttributes().put(CHARGED_ADDRESS, address);
        return chain.filter(exchange);
    }

    private static String bearerToken(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim() : null;
    }

    /**
     * The client's address: the connection's, or, behind a proxy with server.forward-headers-strategy set, the one
     * the proxy names (unresolved, so read as the text it gave).
     */
    private static String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
