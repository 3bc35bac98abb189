package com.netfocus.gateway.devtoken;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A signed local token and when it stops being accepted. */
@Schema(requiredProperties = {"token", "expiresAt"})
public record DevToken(
        @Schema(description = "An HS256 JWT with the claims sub, org, team and roles; send it as "
                + "Authorization: Bearer <token>",
                example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZXAtYW5uYSIsIm9yZyI6Im9yZy1ub3JkaWMtc2FsZXMifQ.c2lnbmF0dXJl")
        String token,
        @Schema(description = "When the token stops being accepted", example = "2026-05-27T18:00:00Z")
        Instant expiresAt) {
}
