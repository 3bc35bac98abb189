package com.netfocus.gateway.ratelimit;

import com.netfocus.gateway.problem.ProblemWriter;
import com.netfocus.gateway.webapp.WebAppPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's two allowances (per verified user, per client address) and the 429 problem+json with Retry-After
 * that a request over one gets. Health probes are not counted, nor the web app's static files (a page load fetches a
 * dozen modules from the jar, no backend is involved; counting them would let a few reloads lock a browser out of
 * the dev token and the API page).
 */
@Component
public class RateLimits {

    private static final String HEALTH = "/actuator/health";

    private final RateLimiter users;
    private final RateLimiter addresses;
    private final ProblemWriter problems;

    public RateLimits(RateLimitProperties properties, ProblemWriter problems) {
        this.users = new RateLimiter(properties.perUser(), System::nanoTime);
        this.addresses = new RateLimiter(properties.perAddress(), System::nanoTime);
        this.problems = problems;
    }

    RateLimiter users() {
        return users;
    }

    RateLimiter addresses() {
        return addresses;
    }

    static boolean isExempt(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        return path.startsWith(HEALTH) || WebAppPaths.isApp(path);
    }

    Mono<Void> tooMany(ServerWebExchange exchange, RateLimiter.Decision decision) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                String.valueOf(decision.retryAfterSeconds()));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                "slow down: try again in " + decision.retryAfterSeconds() + " seconds");
    }
}
