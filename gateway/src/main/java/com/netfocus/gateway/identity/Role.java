package com.netfocus.gateway.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles a caller can hold in an org. */
public enum Role {
    REP, MANAGER, ADMIN;

    public static Optional<Role> parse(Object value) {
        return Arrays.stream(values()).filter(role -> role.name().equals(value)).findFirst();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
