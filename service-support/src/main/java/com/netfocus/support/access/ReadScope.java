package com.netfocus.support.access;

import java.util.Objects;

/**
 * What one caller may read, as a filter a listing can turn into a query: things of {@code org} that are the
 * caller's own ({@code ownerId}), or of the caller's team ({@code team}, set only for a MANAGER with a team), or
 * any of them ({@code wholeOrg}, an ADMIN). Made by {@link ReadAccess#scopeOf}.
 */
public record ReadScope(String org, String ownerId, String team, boolean wholeOrg) {

    /** The same rule as {@link ReadAccess#decide}, for one thing: whether it belongs in the caller's listings. */
    public boolean includes(Ownership owned) {
        if (owned.org() == null || !owned.org().equals(org)) {
            return false;
        }
        return wholeOrg
                || ownerId != null && ownerId.equals(owned.ownerId())
                || team != null && Objects.equals(team, owned.team());
    }
}
