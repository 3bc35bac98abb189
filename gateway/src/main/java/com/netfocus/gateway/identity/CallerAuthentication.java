package com.netfocus.gateway.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token and the Netfocus caller it stands for. */
public final class CallerAuthentication extends JwtAuthenticationToken {

    private final transient VerifiedCaller caller;

    CallerAuthentication(Jwt token, VerifiedCaller caller) {
        super(token, caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
                caller.userId());
        this.caller = caller;
    }

    public VerifiedCaller caller() {
        return caller;
    }
}
