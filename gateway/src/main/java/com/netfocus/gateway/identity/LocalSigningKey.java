package com.netfocus.gateway.identity;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/** The HS256 key of the local profile; refuses keys shorter than HS256's 256 bits. */
public final class LocalSigningKey {

    public static final int MINIMUM_BYTES = 32;
    private static final String HMAC_SHA256 = "HmacSHA256";

    private LocalSigningKey() {
    }

    public static SecretKey of(String configured) {
        if (configured == null || configured.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
            throw new IllegalStateException("netfocus.security.local-signing-key must be set and at least "
                    + MINIMUM_BYTES + " bytes long in the local profile");
        }
        return new SecretKeySpec(configured.getBytes(StandardCharsets.UTF_8), HMAC_SHA256);
    }
}
