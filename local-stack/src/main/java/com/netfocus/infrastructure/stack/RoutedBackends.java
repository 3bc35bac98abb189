package com.netfocus.infrastructure.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Waits until the gateway routes to every backend. Its load balancer sends requests only to instances whose readiness
 * answered at its last check, made every few seconds, so a service that has just become healthy may not be routed
 * for a moment, and a first request would be answered 503. Each backend is asked a read that stores nothing.
 */
final class RoutedBackends {

    private static final List<String> READS = List.of("/api/v1/plans?size=1", "/api/v1/platforms?size=1",
            "/api/v1/contacts?size=1");
    private static final int UNAVAILABLE = 503;
    private static final Duration POLL = Duration.ofMillis(250);

    private RoutedBackends() {
    }

    static void await(GatewayClient gateway, Duration timeout) {
        String token = gateway.devToken("stack-start", "stack-start", "stack-start", List.of("REP"));
        Instant deadline = Instant.now().plus(timeout);
        for (String read : READS) {
            while (gateway.get(read, token).status() == UNAVAILABLE) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the gateway did not route " + read + " within " + timeout);
                }
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the gateway's routes", e);
                }
            }
        }
    }
}
