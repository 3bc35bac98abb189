package com.netfocus.support.personaldata;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;

/** Making and restoring AES-256 keys. */
final class PersonalKeys {

    private PersonalKeys() {
    }

    static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(PersonalDataCipher.ALGORITHM);
            generator.init(PersonalDataCipher.KEY_BITS);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    static SecretKey of(byte[] material) {
        return new SecretKeySpec(material, PersonalDataCipher.ALGORITHM);
    }
}
