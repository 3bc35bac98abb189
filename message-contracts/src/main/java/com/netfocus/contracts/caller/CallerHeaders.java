package com.netfocus.contracts.caller;

/**
 * Headers by which the gateway passes the verified identity of the caller to the services. The gateway
 * removes any such header a client sends and sets them from the verified token only. User, org, team and roles
 * travel in {@link HeaderText}'s encoded form, so that any Unicode text arrives unchanged.
 */
public final class CallerHeaders {

    public static final String USER = "X-Netfocus-User";
    public static final String ORG = "X-Netfocus-Org";
    public static final String TEAM = "X-Netfocus-Team";
    /** Comma-separated: REP, MANAGER, ADMIN. */
    public static final String ROLES = "X-Netfocus-Roles";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    /** When the gateway sealed the identity, in epoch seconds. */
    public static final String ISSUED_AT = "X-Netfocus-Identity-Issued-At";
    /**
     * The gateway's HMAC over the identity headers, {@link #ISSUED_AT} and the request's method, path and query;
     * see {@link IdentitySignature}.
     */
    public static final String SIGNATURE = "X-Netfocus-Identity-Signature";

    private CallerHeaders() {
    }
}
