package com.netfocus.support.personaldata;

import javax.crypto.SecretKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-person keys, by key id (a contact id or a person id). Stands in for a KMS: the services share the vault,
 * never each other's databases. A destroyed key stays destroyed: asking for it again gives nothing, so data sealed
 * after an erasure cannot bring the person back.
 */
public interface KeyVault {

    /** The key, created on first use; empty when it was destroyed. */
    Optional<SecretKey> keyFor(String keyId);

    /** The key if it exists and was not destroyed; never creates one. */
    Optional<SecretKey> existingKey(String keyId);

    /**
     * The keys among these that exist and were not destroyed, by key id (absent: none); never creates one. A vault
     * that can answers in one round trip.
     */
    default Map<String, SecretKey> existingKeys(Collection<String> keyIds) {
        Map<String, SecretKey> keys = new HashMap<>();
        keyIds.forEach(keyId -> existingKey(keyId).ifPresent(key -> keys.put(keyId, key)));
        return keys;
    }

    /** Destroys the key for good (idempotent). */
    void destroy(String keyId);
}
