package com.netfocus.gateway.identity;

/** Names of the claims every Netfocus token carries. */
public final class TokenClaims {

    public static final String SUBJECT = "sub";
    public static final String ORG = "org";
    public static final String TEAM = "team";
    public static final String ROLES = "roles";

    private TokenClaims() {
    }
}
