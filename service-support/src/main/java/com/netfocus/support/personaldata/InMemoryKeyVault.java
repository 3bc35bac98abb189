package com.netfocus.support.personaldata;

import javax.crypto.SecretKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link KeyVault} in memory, for unit tests and aggregate fixtures; the services use {@link MongoKeyVault}. */
public final class InMemoryKeyVault implements KeyVault {

    private final Map<String, Optional<SecretKey>> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<SecretKey> keyFor(String keyId) {
        return keys.computeIfAbsent(keyId, id -> Optional.of(PersonalKeys.newKey()));
    }

    @Override
    public Optional<SecretKey> existingKey(String keyId) {
        return keys.getOrDefault(keyId, Optional.empty());
    }

    @Override
    public void destroy(String keyId) {
        keys.put(keyId, Optional.empty());
    }
}
