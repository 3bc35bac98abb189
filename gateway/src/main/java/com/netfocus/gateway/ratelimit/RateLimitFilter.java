package com.netfocus.gateway.ratelimit;

import com.netfocus.gateway.identity.CallerAuthentication;
import com.netfocus.gateway.identity.VerifiedCaller;
import com.netfocus.gateway.problem.ProblemWriter;
import com.netfocus.gateway.webapp.WebAppPaths;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * Takes a token from the caller's bucket for every request that got past authentication: a verified user's
 * bucket (user id and org), or, for the requests that need no token, the client address's. Over the allowance:
 * 429 problem+json with Retry-After. A request to the API without a valid token never gets here (401 first), so
 * bad tokens cannot drain a real user's allowance. Health probes are not counted, nor the web app's static files
 * (a page load fetches a dozen modules from the jar, no backend is involved; counting them would let a few reloads
 * lock a browser out of the dev token and the API page).
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's chain (order -100), which has set the principal by then. */
    public static final int ORDER = -50;
    private static final String HEALTH = "/actuator/health";

    private final RateLimiter users;
    private final RateLimiter addresses;
    private final ProblemWriter problems;

    public RateLimitFilter(RateLimitProperties properties, ProblemWriter problems) {
        this.users = new RateLimiter(properties.perUser(), System::nanoTime);
        this.addresses = new RateLimiter(properties.perAddress(), System::nanoTime);
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith(HEALTH) || WebAppPaths.isApp(path)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .ofType(CallerAuthentication.class)
                .map(authentication -> users.tryAcquire(userKey(authentication.caller())))
                .switchIfEmpty(Mono.fromSupplier(() -> addresses.tryAcquire(addressKey(exchange))))
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : tooMany(exchange, decision));
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, RateLimiter.Decision decision) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                String.valueOf(decision.retryAfterSeconds()));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                "slow down: try again in " + decision.retryAfterSeconds() + " seconds");
    }

    // the org is part of the key: user ids are only unique within an identity provider's org
    private static String userKey(VerifiedCaller caller) {
        return caller.org() + '\u0000' + caller.userId();
    }

    private static String addressKey(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
