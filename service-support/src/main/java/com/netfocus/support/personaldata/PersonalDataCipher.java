package com.netfocus.support.personaldata;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * AES-256-GCM over one field: a fresh random 96-bit IV per value (GCM must never reuse one under a key), a 128-bit
 * tag, and the key id as associated data, so that a sealed value copied under another key id does not open.
 */
public final class PersonalDataCipher {

    public static final String ALGORITHM = "AES";
    public static final int KEY_BITS = 256;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    public static SealedValue seal(SecretKey key, String keyId, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new SealedValue(keyId, Base64.getEncoder().encodeToString(payload));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** @throws GeneralSecurityException when the value was not sealed under this key and key id, or was altered */
    public static String open(SecretKey key, SealedValue value) throws GeneralSecurityException {
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(value.payload());
        } catch (IllegalArgumentException notBase64) {
            throw new GeneralSecurityException("a sealed value's payload is not base64");
        }
        if (payload.length <= IV_BYTES) {
            throw new GeneralSecurityException("a sealed value too short to hold an IV and a tag");
        }
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(payload, IV_BYTES)));
        cipher.updateAAD(value.keyId().getBytes(StandardCharsets.UTF_8));
        byte[] plain = cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
        return new String(plain, StandardCharsets.UTF_8);
    }
}
