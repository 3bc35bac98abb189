package com.netfocus.gateway.identity;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A token is only good if it says who (sub), for which org and team, and with which roles: every service
 * scopes its data by the org, so a token without one must never reach them. Boot's resource-server
 * auto-configuration adds this bean to the validators of the issuer/JWK-set decoder; the local decoder uses it too.
 */
@Component
public class NetfocusClaimsValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<OAuth2Error> errors = new ArrayList<>();
        requireText(token, TokenClaims.SUBJECT, errors);
        requireText(token, TokenClaims.ORG, errors);
        requireText(token, TokenClaims.TEAM, errors);
        Object roles = token.getClaims().get(TokenClaims.ROLES);
        if (!(roles instanceof Collection<?> values) || values.isEmpty()) {
            errors.add(invalid("the claim roles must be a non-empty array of REP, MANAGER, ADMIN"));
        } else if (values.stream().anyMatch(value -> Role.parse(value).isEmpty())) {
            errors.add(invalid("the claim roles holds an unknown role; known are REP, MANAGER, ADMIN"));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    private static void requireText(Jwt token, String claim, List<OAuth2Error> errors) {
        Object value = token.getClaims().get(claim);
        if (!(value instanceof String text) || text.isBlank()) {
            errors.add(invalid("the claim " + claim + " is missing or not a text"));
        }
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}
