package com.netfocus.contracts.chain;

import java.util.Map;

/**
 * What the verification needs of one stored event: its sequence, the hash and previous hash stored with it, and the
 * hash its content has now (null when it carries no hash). Small, so that a pass over a whole store can hold the few
 * links that arrive out of order.
 */
public record ChainLink(long sequence, String storedHash, String storedPrevious, String contentHash) {

    /** The link of a stored event document, its content hashed as it is stored now. */
    public static ChainLink of(Map<String, ?> document) {
        long sequence = ((Number) document.get(StoredEventFields.SEQUENCE)).longValue();
        String hash = text(document.get(StoredEventFields.HASH));
        String previous = text(document.get(StoredEventFields.PREVIOUS_HASH));
        return new ChainLink(sequence, hash, previous, hash == null ? null : EventHash.of(document, previous));
    }

    boolean hashed() {
        return storedHash != null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
