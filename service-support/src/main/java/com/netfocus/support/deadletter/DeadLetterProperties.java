package com.netfocus.support.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Paging of {@code GET /api/v1/dead-letters} and replays ({@code netfocus.dead-letters.*}).
 *
 * @param defaultPageSize dead letters per page when the client names no size
 * @param maxPageSize     the largest page a client may ask for
 * @param maxOffset       the most dead letters a page may lie behind the first (page × size); deeper pages are refused
 * @param replayAttempts  how often a replay is tried when the consumer wrote the same documents meanwhile, before
 *                        the answer is 503 (try again)
 * @param replayRetryAfter the Retry-After of that 503
 */
@ConfigurationProperties("netfocus.dead-letters")
public record DeadLetterProperties(@DefaultValue("50") int defaultPageSize, @DefaultValue("500") int maxPageSize,
                                   @DefaultValue("10000") long maxOffset, @DefaultValue("3") int replayAttempts,
                                   @DefaultValue("1s") Duration replayRetryAfter) {
}
