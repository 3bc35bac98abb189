package com.netfocus.support.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paging of {@code GET /api/v1/dead-letters} ({@code netfocus.dead-letters.*}).
 *
 * @param defaultPageSize dead letters per page when the client names no size
 * @param maxPageSize     the largest page a client may ask for
 * @param maxOffset       the most dead letters a page may lie behind the first (page × size); deeper pages are refused
 */
@ConfigurationProperties("netfocus.dead-letters")
public record DeadLetterProperties(@DefaultValue("50") int defaultPageSize, @DefaultValue("500") int maxPageSize,
                                   @DefaultValue("10000") long maxOffset) {
}
