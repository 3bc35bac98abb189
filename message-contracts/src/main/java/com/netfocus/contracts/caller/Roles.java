package com.netfocus.contracts.caller;

/** The roles a token carries and the gateway passes on in {@link CallerHeaders#ROLES}. */
public final class Roles {

    /** Own plans and contacts. */
    public static final String REP = "REP";
    /** Reads the team's plans, histories and analytics. */
    public static final String MANAGER = "MANAGER";
    /** The whole org: the catalog, the org's settings. */
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
