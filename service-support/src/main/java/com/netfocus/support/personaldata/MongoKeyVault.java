package com.netfocus.support.personaldata;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The key vault on its own MongoDB database ({@code netfocus.personal-data.vault-database}), one document per key:
 * {@code {_id: keyId, key: <256 bits>}}, or, once destroyed, {@code {_id: keyId, destroyedAt}} with the key
 * material gone (a tombstone, so that the key is never created again). In production this is a KMS or Vault; the
 * interface is what the services need from it. A vault made {@link #withOwnClient with its own client} closes it
 * when it is closed; one on the service's client leaves that open.
 */
public final class MongoKeyVault implements KeyVault, AutoCloseable {

    static final String COLLECTION = "person_keys";
    private static final String KEY = "key";
    private static final String DESTROYED_AT = "destroyedAt";

    private final MongoCollection<Document> keys;
    private final MongoClient ownClient;

    public MongoKeyVault(MongoClient client, String database) {
        this(client, database, null);
    }

    private MongoKeyVault(MongoClient client, String database, MongoClient ownClient) {
        this.keys = client.getDatabase(database).getCollection(COLLECTION);
        this.ownClient = ownClient;
    }

    /** The vault on a client made for it alone (as the vault's own MongoDB user), closed with the vault. */
    public static MongoKeyVault withOwnClient(MongoClient client, String database) {
        return new MongoKeyVault(client, database, client);
    }

    @Override
    public void close() {
        if (ownClient != null) {
            ownClient.close();
        }
    }

    @Override
    public Optional<SecretKey> keyFor(String keyId) {
        Document stored = keys.find(Filters.eq("_id", keyId)).first();
        if (stored != null) {
            return material(stored);
        }
        SecretKey created = PersonalKeys.newKey();
        try {
            keys.insertOne(new Document("_id", keyId).append(KEY, new Binary(created.getEncoded())));
            return Optional.of(created);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another writer created (or destroyed) it first: theirs counts
            return existingKey(keyId);
        }
    }

    @Override
    public Optional<SecretKey> existingKey(String keyId) {
        return Optional.ofNullable(keys.find(Filters.eq("_id", keyId)).first()).flatMap(MongoKeyVault::material);
    }

    @Override
    public Map<String, SecretKey> existingKeys(Collection<String> keyIds) {
        Map<String, SecretKey> found = new HashMap<>();
        if (!keyIds.isEmpty()) {
            keys.find(Filters.in("_id", keyIds)).forEach(stored -> material(stored)
                    .ifPresent(key -> found.put(stored.getString("_id"), key)));
        }
        return found;
    }

    @Override
    public void destroy(String keyId) {
        keys.replaceOne(Filters.eq("_id", keyId), new Document("_id", keyId).append(DESTROYED_AT, Instant.now()),
                new ReplaceOptions().upsert(true));
    }

    private static Optional<SecretKey> material(Document stored) {
        Object material = stored.get(KEY);
        return material instanceof Binary binary ? Optional.of(PersonalKeys.of(binary.getData())) : Optional.empty();
    }
}
