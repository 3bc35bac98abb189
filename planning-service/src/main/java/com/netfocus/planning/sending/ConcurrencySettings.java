package com.netfocus.planning.sending;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a command that lost a race for its plan is tried again, on the plan as the store now holds it (the
 * failed attempt evicted the cached copy), before the client is answered 409. Another planning instance (or
 * request) appended first; the command is judged again against that newer state, never applied to a stale one.
 */
@ConfigurationProperties("netfocus.planning.concurrency")
public record ConcurrencySettings(@DefaultValue("2") int retries) {
}
