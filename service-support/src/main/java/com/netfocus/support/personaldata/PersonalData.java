package com.netfocus.support.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Seals personal fields under their person's key and reveals them again. Revealing never fails: plain text (stored
 * before sealing existed) reads as itself, a value whose key was destroyed reads as {@link #ERASED}, a damaged one as
 * {@link #UNREADABLE}. Erasure is destroying the key ({@link #erase}).
 */
public class PersonalData {

    /** What a personal field reads as once its person was erased. */
    public static final String ERASED = "[erased]";
    /** What a sealed value reads as when it does not open under its key (altered or damaged). */
    public static final String UNREADABLE = "[unreadable]";

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    private final KeyVault vault;

    public PersonalData(KeyVault vault) {
        this.vault = vault;
    }

    /** Sealing many values (or revealing a whole document) asks the vault once per key. */
    public Session session() {
        return new Session();
    }

    public String seal(String keyId, String plaintext) {
        return session().seal(keyId, plaintext);
    }

    public String reveal(String value) {
        return session().reveal(value);
    }

    /** A copy of {@code tree} with every sealed string revealed. */
    public JsonNode reveal(JsonNode tree) {
        return session().reveal(tree);
    }

    /** Destroys the person's key: everything sealed under it reads as {@link #ERASED} from now on, everywhere. */
    public void erase(String keyId) {
        vault.destroy(keyId);
    }

    /** Whether values sealed under this key can still be read. */
    public boolean isReadable(String keyId) {
        return vault.existingKey(keyId).isPresent();
    }

    /** Keys looked up once per session; a session is short (one command, one response). */
    public final class Session {

        private final Map<String, Optional<SecretKey>> keys = new HashMap<>();

        private Session() {
        }

        /**
         * The value sealed under {@code keyId}; blank values and values already sealed stay as they are. A person
         * already erased gets {@link #ERASED} instead: nothing about them is stored again.
         */
        public String seal(String keyId, String plaintext) {
            if (plaintext == null || plaintext.isBlank() || SealedValue.isSealed(plaintext)) {
                return plaintext;
            }
            if (keyId == null || keyId.isBlank()) {
                throw new IllegalArgumentException("a personal field needs the id of its person's key");
            }
            return keys.computeIfAbsent(keyId, vault::keyFor)
                    .map(key -> PersonalDataCipher.seal(key, keyId, plaintext).text())
                    .orElse(ERASED);
        }

        /**
         * Looks up, in one go, the keys the given values are sealed under that it has not looked up yet,
         * so that revealing them afterwards asks the vault nothing more.
         */
        public void lookUpKeysOf(Collection<String> values) {
            Set<String> keyIds = new LinkedHashSet<>();
            values.forEach(value -> SealedValue.parse(value).map(SealedValue::keyId)
                    .filter(keyId -> !keys.containsKey(keyId)).ifPresent(keyIds::add));
            if (keyIds.isEmpty()) {
                return;
            }
            Map<String, SecretKey> found = vault.existingKeys(keyIds);
            keyIds.forEach(keyId -> keys.put(keyId, Optional.ofNullable(found.get(keyId))));
        }

        public String reveal(String value) {
            Optional<SealedValue> sealed = SealedValue.parse(value);
            if (sealed.isEmpty()) {
                return SealedValue.isSealed(value) ? UNREADABLE : value;
            }
            Optional<SecretKey> key = keys.computeIfAbsent(sealed.get().keyId(), vault::existingKey);
            if (key.isEmpty()) {
                return ERASED;
            }
            try {
                return PersonalDataCipher.open(key.get(), sealed.get());
            } catch (GeneralSecurityException e) {
                log.warn("a personal field under key {} does not open: {}", sealed.get().keyId(), e.getMessage());
                return UNREADABLE;
            }
        }

        public JsonNode reveal(JsonNode tree) {
            if (tree == null) {
                return null;
            }
            JsonNode copy = tree.deepCopy();
            return revealIn(copy);
        }

        private JsonNode revealIn(JsonNode node) {
            if (node.isTextual()) {
                return SealedValue.isSealed(node.textValue()) ? TextNode.valueOf(reveal(node.textValue())) : node;
            }
            if (node instanceof ObjectNode object) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    field.setValue(revealIn(field.getValue()));
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    array.set(i, revealIn(array.get(i)));
                }
            }
            return node;
        }
    }
}
