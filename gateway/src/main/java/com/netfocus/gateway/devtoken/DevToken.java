package com.netfocus.gateway.devtoken;

import java.time.Instant;

/** A signed local token and when it stops being accepted. */
public record DevToken(String token, Instant expiresAt) {
}
