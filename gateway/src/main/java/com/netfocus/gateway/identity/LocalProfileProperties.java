package com.netfocus.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the local profile may be started beside, against its defaults ({@code netfocus.security.local.*}).
 *
 * @param allowNonLoopbackAddress listen on an address other machines reach: anyone there can mint any token
 * @param allowIdentityProvider   start although an identity provider (issuer-uri or jwk-set-uri) is configured
 */
@ConfigurationProperties("netfocus.security.local")
public record LocalProfileProperties(boolean allowNonLoopbackAddress, boolean allowIdentityProvider) {
}
