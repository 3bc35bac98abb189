package com.netfocus.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Token buckets by key, in memory (Bucket4j): each holds up to {@code capacity} tokens, refills continuously at
 * {@code refillPerSecond}, and each request takes one. A bucket left alone until it has refilled completely is the
 * same as a new one, so it is forgotten then: memory follows the active callers.
 */
final class RateLimiter {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final Bandwidth bandwidth;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    RateLimiter(RateLimitProperties.Allowance allowance, LongSupplier nanoTime) {
        // refilling `capacity` tokens over the time an empty bucket takes to fill is the same continuous rate
        Duration fillTime = Duration.ofNanos((long) Math.ceil(allowance.capacity() / allowance.refillPerSecond()
                * NANOS_PER_SECOND));
        this.bandwidth = Bandwidth.builder().capacity(allowance.capacity())
                .refillGreedy(allowance.capacity(), fillTime).build();
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        // a bucket untouched for the fill time is full again: forgetting it changes nothing
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(fillTime)
                .ticker(nanoTime::getAsLong)
                .executor(Runnable::run)
                .build();
    }

    /** Takes a token for this key if there is one. */
    Decision tryAcquire(String key) {
        ConsumptionProbe probe = bucketOf(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Decision.ALLOWED : Decision.refused(wholeSeconds(probe.getNanosToWaitForRefill()));
    }

    /** Gives back a token taken for this key (up to the capacity): the request turned out to be counted elsewhere. */
    void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    int trackedKeys() {
        buckets.cleanUp();
        return (int) buckets.estimatedSize();
    }

    private Bucket bucketOf(String key) {
        return buckets.get(key, ignored -> Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(time).build());
    }

    /** Retry-After counts in whole seconds, at least one. */
    private static long wholeSeconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** Allowed, or refused with the whole seconds until a request would be allowed. */
    record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);

        static Decision refused(long retryAfterSeconds) {
            return new Decision(false, retryAfterSeconds);
        }
    }
}
