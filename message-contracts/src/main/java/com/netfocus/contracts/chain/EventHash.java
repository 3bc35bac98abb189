package com.netfocus.contracts.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The hash of one stored plan event: SHA-256 over its stored content and the hash of the plan's event before it, so
 * that each event vouches for every one before it in its plan (a per-plan chain). The content is taken as stored:
 * the plan id, aggregate type, sequence, event id, timestamp text, payload type and revision, the payload's JSON text
 * (personal fields sealed: erasing a person destroys a key, never a byte of it) and the metadata's JSON text (actor,
 * org, team, correlation id). Each field goes in with its length, so that no two contents read the same.
 */
public final class EventHash {

    /** The previous hash of a chain's first event: the plan's first event, or an older plan's first since chains. */
    public static final String CHAIN_START = "";

    private static final byte[] VERSION = "netfocus.plan-event-chain.v1".getBytes(StandardCharsets.UTF_8);
    private static final List<String> TEXT_FIELDS = List.of(StoredEventFields.PLAN_ID,
            StoredEventFields.AGGREGATE_TYPE, StoredEventFields.EVENT_ID, StoredEventFields.TIMESTAMP,
            StoredEventFields.PAYLOAD_TYPE, StoredEventFields.PAYLOAD_REVISION, StoredEventFields.PAYLOAD,
            StoredEventFields.META_DATA);
    private static final byte ABSENT = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(EventHash::sha256);

    private EventHash() {
    }

    /** The hash of a stored event document (its chain fields aside) following {@code previousHash}. */
    public static String of(Map<String, ?> document, String previousHash) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        digest.update(VERSION);
        Object sequence = document.get(StoredEventFields.SEQUENCE);
        if (sequence instanceof Number number) {
            digest.update(NUMBER);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(number.longValue()).array());
        } else {
            text(digest, sequence);
        }
        for (String field : TEXT_FIELDS) {
            text(digest, document.get(field));
        }
        text(digest, previousHash);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update(ABSENT);
            return;
        }
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        digest.update(TEXT);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
