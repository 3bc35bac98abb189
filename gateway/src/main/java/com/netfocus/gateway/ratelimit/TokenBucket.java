package com.netfocus.gateway.ratelimit;

/**
 * One caller's bucket at one moment: it holds up to {@code capacity} tokens, refills continuously at
 * {@code refillPerSecond}, and each request takes one. Immutable, so that a map can swap states atomically.
 */
record TokenBucket(double tokens, long updatedAtNanos) {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    static TokenBucket full(RateLimitProperties.Allowance allowance, long nowNanos) {
        return new TokenBucket(allowance.capacity(), nowNanos);
    }

    /** The bucket as it stands at {@code nowNanos}, refilled for the time gone by. */
    TokenBucket refilled(RateLimitProperties.Allowance allowance, long nowNanos) {
        long elapsed = Math.max(0, nowNanos - updatedAtNanos);
        double refilled = Math.min(allowance.capacity(),
                tokens + elapsed / NANOS_PER_SECOND * allowance.refillPerSecond());
        return new TokenBucket(refilled, Math.max(nowNanos, updatedAtNanos));
    }

    boolean hasToken() {
        return tokens >= 1;
    }

    TokenBucket take() {
        return new TokenBucket(tokens - 1, updatedAtNanos);
    }

    boolean isFull(RateLimitProperties.Allowance allowance) {
        return tokens >= allowance.capacity();
    }

    /** Whole seconds until one token is there again (at least 1: Retry-After counts in whole seconds). */
    long secondsUntilToken(RateLimitProperties.Allowance allowance) {
        double missing = Math.max(0, 1 - tokens);
        return Math.max(1, (long) Math.ceil(missing / allowance.refillPerSecond()));
    }
}
