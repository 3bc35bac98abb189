package com.netfocus.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Token buckets by key, in memory. Each decision swaps one key's bucket atomically. A bucket that has refilled
 * completely is the same as none, so idle keys are dropped now and then: memory follows the active callers.
 */
final class RateLimiter {

    private final RateLimitProperties.Allowance allowance;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final long sweepEveryNanos;
    private final AtomicLong lastSweep;

    RateLimiter(RateLimitProperties.Allowance allowance, LongSupplier nanoTime) {
        this.allowance = allowance;
        this.nanoTime = nanoTime;
        // a bucket drained to zero is full again after capacity / rate seconds: sweeping that often finds them
        this.sweepEveryNanos = (long) Math.ceil(allowance.capacity() / allowance.refillPerSecond() * 1e9);
        this.lastSweep = new AtomicLong(nanoTime.getAsLong());
    }

    /** Takes a token for this key if there is one. */
    Decision tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        Decision[] decision = new Decision[1];
        buckets.compute(key, (k, bucket) -> {
            TokenBucket current = bucket == null ? TokenBucket.full(allowance, now) : bucket.refilled(allowance, now);
            if (current.hasToken()) {
                decision[0] = Decision.ALLOWED;
                return current.take();
            }
            decision[0] = Decision.refused(current.secondsUntilToken(allowance));
            return current;
        });
        sweepIfDue(now);
        return decision[0];
    }

    int trackedKeys() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last < sweepEveryNanos || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        for (String key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, bucket) -> bucket.refilled(allowance, now).isFull(allowance)
                    ? null : bucket);
        }
    }

    /** Allowed, or refused with the whole seconds until a request would be allowed. */
    record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);

        static Decision refused(long retryAfterSeconds) {
            return new Decision(false, retryAfterSeconds);
        }
    }
}
