package com.netfocus.gateway.identity;

/**
 * Netfocus' own claim names: the local profile's dev tokens carry these, and they are the defaults of
 * {@link IdentityClaims} when an identity provider's names are not configured.
 */
public final class TokenClaims {

    public static final String SUBJECT = "sub";
    public static final String ORG = "org";
    public static final String TEAM = "team";
    public static final String ROLES = "roles";

    private TokenClaims() {
    }
}
