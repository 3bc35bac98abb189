package com.netfocus.contracts.management;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read the management endpoints of the gateway and of every service (metrics, and whatever else is exposed
 * under {@code /actuator}): health and its liveness and readiness groups are open to anyone (a load balancer or an
 * orchestrator asks them, and they say UP or DOWN, no details); everything else needs
 * {@code Authorization: Bearer <token>} with the configured management token. Without a token configured, nothing
 * but health is served.
 */
public final class ManagementCredential {

    /** Where the management endpoints are. */
    public static final String BASE_PATH = "/actuator";
    private static final String HEALTH = BASE_PATH + "/health";
    private static final String BEARER = "Bearer ";
    /** As long as the identity secret: a token short enough to guess would open the metrics to anyone. */
    public static final int MINIMUM_TOKEN_BYTES = 32;

    private final Optional<byte[]> token;

    /** @param token the management token, or null or blank when no one may read more than health */
    public ManagementCredential(String token) {
        if (token == null || token.isBlank()) {
            this.token = Optional.empty();
        } else if (token.getBytes(StandardCharsets.UTF_8).length < MINIMUM_TOKEN_BYTES) {
            throw new IllegalArgumentException("the management token must be at least " + MINIMUM_TOKEN_BYTES
                    + " bytes (NETFOCUS_MANAGEMENT_TOKEN), or unset to serve health only");
        } else {
            this.token = Optional.of(token.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Whether a request to this path needs the management token: every management path but health. */
    public static boolean guards(String path) {
        boolean management = path.equals(BASE_PATH) || path.startsWith(BASE_PATH + "/");
        boolean health = path.equals(HEALTH) || path.startsWith(HEALTH + "/");
        return management && !health;
    }

    /** Whether the request's Authorization header carries the management token. */
    public boolean accepts(String authorization) {
        if (token.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, BEARER, 0,
                BEARER.length())) {
            return false;
        }
        byte[] presented = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token.get(), presented);
    }

    /** What a refusal tells the caller. */
    public String refusal() {
        return token.isEmpty()
                ? "only health is served here: set NETFOCUS_MANAGEMENT_TOKEN to read the other management endpoints"
                : "send Authorization: Bearer <management token> to read the management endpoints";
    }
}
