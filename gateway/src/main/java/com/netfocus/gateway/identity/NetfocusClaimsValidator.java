package com.netfocus.gateway.identity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A token is only good if it says who, for which org and team, and with which roles (read where
 * {@link IdentityClaims} says). Boot's resource-server auto-configuration adds this bean to the validators of the
 * issuer/JWK-set decoder; the local decoder uses it too. A refused token is a 401 naming the claim.
 */
@Component
public class NetfocusClaimsValidator implements OAuth2TokenValidator<Jwt> {

    private final CallerClaims claims;

    /** With the default claim names (sub, org, team, roles). */
    public NetfocusClaimsValidator() {
        this(new CallerClaims(IdentityClaims.DEFAULTS));
    }

    @Autowired
    public NetfocusClaimsValidator(CallerClaims claims) {
        this.claims = claims;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> problems = claims.read(token.getClaims()).problems();
        if (problems.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(problems.stream()
                .map(problem -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, problem, null))
                .toList());
    }
}
