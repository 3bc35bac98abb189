package com.netfocus.gateway.identity;

import java.util.List;

/** Who a verified token says the caller is, in Netfocus terms; roles in the order the token named them. */
public record VerifiedCaller(String userId, String org, String team, List<Role> roles) {

    public VerifiedCaller {
        roles = List.copyOf(roles);
    }
}
