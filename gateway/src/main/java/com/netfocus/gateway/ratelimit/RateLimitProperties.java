package com.netfocus.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request allowances, each a token bucket kept in this gateway's memory.
 *
 * @param perUser    per verified user (user id and org)
 * @param perAddress per client address, taken before token verification and CORS: every request without a
 *                   verified user (no token, an invalid one, a refused origin, the API description and page, the local
 *                   dev token) counts here; a verified user's request is given back to it
 */
@ConfigurationProperties("netfocus.gateway.rate-limit")
public record RateLimitProperties(Allowance perUser, Allowance perAddress) {

    public RateLimitProperties {
        if (perUser == null || perAddress == null) {
            throw new IllegalArgumentException(
                    "netfocus.gateway.rate-limit.per-user and .per-address must both be configured");
        }
    }

    /**
     * @param capacity        the burst: requests accepted at once from a full bucket
     * @param refillPerSecond requests per second accepted in the long run
     */
    public record Allowance(int capacity, double refillPerSecond) {

        public Allowance {
            if (capacity < 1) {
                throw new IllegalArgumentException("a rate-limit capacity must be at least 1, not " + capacity);
            }
            if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
                throw new IllegalArgumentException("a rate-limit refill-per-second must be above 0, not "
                        + refillPerSecond);
            }
        }
    }
}
