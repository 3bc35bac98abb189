package com.netfocus.gateway.identity;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the local profile may start here. It signs a token for whoever asks (POST /api/v1/dev/token), so it must
 * stay on one developer's machine: on the loopback address only, and never where an identity provider is configured
 * (a production configuration that got the local profile by mistake), unless a named setting says so.
 */
public final class LocalProfileSafety {

    private LocalProfileSafety() {
    }

    /**
     * Why the local profile must not start; empty when it may.
     *
     * @param address     the address the gateway listens on; null is every interface
     * @param issuerUri   spring.security.oauth2.resourceserver.jwt.issuer-uri, or null
     * @param jwkSetUri   spring.security.oauth2.resourceserver.jwt.jwk-set-uri, or null
     */
    public static List<String> problems(InetAddress address, String issuerUri, String jwkSetUri,
                                        LocalProfileProperties allowed) {
        List<String> problems = new ArrayList<>();
        boolean everyInterface = address == null || address.isAnyLocalAddress();
        if (!allowed.allowNonLoopbackAddress() && (everyInterface || !address.isLoopbackAddress())) {
            problems.add("the local profile listens on " + (everyInterface ? "every interface" : address.getHostAddress())
                    + ", where anyone reaching it can mint tokens for any org and role: set SERVER_ADDRESS to "
                    + "127.0.0.1, or NETFOCUS_LOCAL_ALLOW_NON_LOOPBACK_ADDRESS=true if you mean it");
        }
        boolean identityProvider = isSet(issuerUri) || isSet(jwkSetUri);
        if (!allowed.allowIdentityProvider() && identityProvider) {
            problems.add("the local profile is active beside an identity provider (issuer-uri or jwk-set-uri): "
                    + "remove the local profile from this deployment, or set "
                    + "NETFOCUS_LOCAL_ALLOW_IDENTITY_PROVIDER=true if you mean it");
        }
        return problems;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
