package com.netfocus.gateway.identity;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a bearer token was refused, in words a client can act on. The token library's own messages (its parser's
 * text, its class names) never reach the client: this gateway's validators speak plain words already, and the
 * library's checks (signature, expiry, issuer, audience) are named here.
 */
final class TokenRefusal {

    private static final Pattern CLAIM_NOT_VALID = Pattern.compile("The (\\w+) claim is not valid");
    private static final String UNREADABLE = "the token is not a JWT signed with a key this gateway trusts "
            + "(malformed, unsigned, or signed with another key): get a token from the identity provider";

    private TokenRefusal() {
    }

    static String describe(AuthenticationException failure) {
        JwtValidationException validation = causeOf(failure, JwtValidationException.class);
        if (validation != null) {
            Set<String> reasons = new LinkedHashSet<>();
            for (OAuth2Error error : validation.getErrors()) {
                reasons.add(plain(error.getDescription()));
            }
            return String.join("; ", reasons);
        }
        if (causeOf(failure, BadJwtException.class) != null) {
            return UNREADABLE;
        }
        if (failure instanceof InvalidBearerTokenException && failure.getCause() == null) {
            // raised by this gateway with its own words (CallerAuthenticationConverter) or by the bearer token reader
            return failure.getMessage().startsWith("the ") ? failure.getMessage() : UNREADABLE;
        }
        if (failure instanceof AuthenticationServiceException) {
            // e.g. the identity provider's keys could not be fetched: not the client's fault
            return "the token could not be verified just now: try again shortly";
        }
        return "send Authorization: Bearer <token> with a token from the identity provider";
    }

    /** A validator's description in the client's words: the gateway's own pass as they are. */
    private static String plain(String description) {
        if (description == null) {
            return "the token was refused";
        }
        if (description.startsWith("the ")) {
            return description;
        }
        if (description.startsWith("Jwt expired")) {
            return "the token has expired: get a new one";
        }
        if (description.startsWith("Jwt used before")) {
            return "the token is not valid yet: use it from its nbf time on";
        }
        Matcher claim = CLAIM_NOT_VALID.matcher(description);
        if (claim.find()) {
            return switch (claim.group(1).toLowerCase(Locale.ROOT)) {
                case "aud" -> "the token is meant for another application (aud): ask the identity provider for a "
                        + "token whose audience is this API";
                case "iss" -> "the token comes from another issuer (iss) than the one this gateway trusts";
                default -> "the token's " + claim.group(1) + " claim is not accepted";
            };
        }
        return "the token was refused";
    }

    private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
