package com.netfocus.gateway.identity;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;

/**
 * The HS256 key of the local profile: random, made afresh at every start and never written anywhere, so that a
 * token signed with any fixed key (one shipped in a jar, one from a former run) is refused.
 */
public final class LocalSigningKey {

    /** HS256's 256 bits. */
    public static final int BYTES = 32;
    private static final String HMAC_SHA256 = "HmacSHA256";

    private LocalSigningKey() {
    }

    public static SecretKey random(SecureRandom random) {
        byte[] key = new byte[BYTES];
        random.nextBytes(key);
        return new SecretKeySpec(key, HMAC_SHA256);
    }
}
