package com.netfocus.support.access;

/** What {@link ReadAccess} decides for one caller and one owned thing. */
public enum AccessDecision {
    /** The caller may read it. */
    ALLOWED,
    /** The caller is of the same org but may not read it: 403, since a teammate may well know it exists. */
    FORBIDDEN,
    /** Another org's, or nobody's: 404, the same answer as for an unknown id, so ids cannot be probed. */
    NOT_FOUND
}
