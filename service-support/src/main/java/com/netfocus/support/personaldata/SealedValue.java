package com.netfocus.support.personaldata;

import java.util.Optional;

/**
 * A personal field as it is stored: {@code pii:v1:<keyId>:<base64 of iv + ciphertext + tag>}. Self-describing, so
 * that a value stored before sealing existed (plain text) still reads as itself, and any reader finds the key id.
 */
public record SealedValue(String keyId, String payload) {

    public static final String PREFIX = "pii:v1:";

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The sealed value in {@code text}, or empty for plain text (or a value too damaged to name its key). */
    public static Optional<SealedValue> parse(String text) {
        if (!isSealed(text)) {
            return Optional.empty();
        }
        int colon = text.indexOf(':', PREFIX.length());
        if (colon <= PREFIX.length() || colon == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new SealedValue(text.substring(PREFIX.length(), colon), text.substring(colon + 1)));
    }

    public String text() {
        return PREFIX + keyId + ":" + payload;
    }

    @Override
    public String toString() {
        // never the payload: a sealed value in a log line names its key, nothing else
        return PREFIX + keyId + ":...";
    }
}
