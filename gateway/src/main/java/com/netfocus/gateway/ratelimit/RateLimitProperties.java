package com.netfocus.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request allowances, each a token bucket kept in this gateway's memory.
 *
 * @param perUser    per verified user (user id and org)
 * @param perAddress per client address, for the requests that need no token (API description and page, the local
 *                   dev token); requests to the API without a valid token are refused with 401 before any bucket
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
