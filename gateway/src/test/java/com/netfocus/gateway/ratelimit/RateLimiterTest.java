package com.netfocus.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);
    private final RateLimiter limiter = new RateLimiter(new RateLimitProperties.Allowance(3, 0.5), now::get);

    @Test
    void a_full_bucket_allows_a_burst_of_its_capacity_then_says_when_to_retry() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("anna").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("anna");

        assertThat(refused.allowed()).isFalse();
        // 0.5 tokens per second: one token takes 2 seconds
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);

        now.addAndGet(SECOND + SECOND / 2);
        // 0.75 of a token: a quarter is missing, half a second at this rate, rounded up to whole seconds
        assertThat(limiter.tryAcquire("anna").retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void tokens_refill_at_the_configured_rate_up_to_the_capacity() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("anna");
        }
        now.addAndGet(2 * SECOND);
        assertThat(limiter.tryAcquire("anna").allowed()).isTrue();
        assertThat(limiter.tryAcquire("anna").allowed()).isFalse();

        now.addAndGet(3600 * SECOND);
        int allowed = 0;
        while (limiter.tryAcquire("anna").allowed()) {
            allowed++;
        }
        assertThat(allowed).as("an hour idle refills to the capacity, not beyond").isEqualTo(3);
    }

    @Test
    void one_callers_burst_does_not_touch_anothers_bucket() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("anna");
        }
        assertThat(limiter.tryAcquire("anna").allowed()).isFalse();
        assertThat(limiter.tryAcquire("bert").allowed()).isTrue();
    }

    @Test
    void refilled_buckets_are_forgotten_so_memory_follows_the_active_callers() {
        for (int i = 0; i < 100; i++) {
            limiter.tryAcquire("caller-" + i);
        }
        assertThat(limiter.trackedKeys()).isEqualTo(100);

        // capacity 3 at 0.5 per second: full again after 6 seconds
        now.addAndGet(7 * SECOND);
        limiter.tryAcquire("anna");

        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void a_token_given_back_can_be_taken_again_but_never_beyond_the_capacity() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("anna");
        }
        assertThat(limiter.tryAcquire("anna").allowed()).isFalse();

        limiter.giveBack("anna");
        assertThat(limiter.tryAcquire("anna").allowed()).isTrue();
        assertThat(limiter.tryAcquire("anna").allowed()).isFalse();

        for (int i = 0; i < 10; i++) {
            limiter.giveBack("anna");
        }
        int allowed = 0;
        while (limiter.tryAcquire("anna").allowed()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(3);
    }

    @Test
    void a_clock_going_backwards_neither_adds_nor_removes_tokens() {
        limiter.tryAcquire("anna");
        now.addAndGet(-10 * SECOND);
        assertThat(limiter.tryAcquire("anna").allowed()).isTrue();
        assertThat(limiter.tryAcquire("anna").allowed()).isTrue();
        assertThat(limiter.tryAcquire("anna").allowed()).isFalse();
    }
}
