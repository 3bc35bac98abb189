package com.netfocus.support.deadletter;

import java.time.Instant;

/**
 * A Kafka record a consumer could not apply for a reason that retrying will not cure (it cannot be read, or its
 * payload breaks a rule of the projection), kept in the service's {@code dead_letters} collection instead of being
 * lost. Its id is a name-based UUID of the record's position ({@code topic-partition-offset}), so a redelivery of the
 * same record finds its dead letter instead of making a second one, and the id has the form of every other id of the
 * API (a UUID, README "Input rules"). {@code org} is the org named by the record's envelope when that much
 * could be read, else null: it decides which org's admins see it (see {@link DeadLetterController}).
 *
 * @param value       the raw value, base64 (a poison record is often not text)
 * @param firstSeenAt when the record first failed; {@code lastFailedAt} and {@code reason} are the latest attempt's
 */
public record DeadLetter(String id, String topic, int partition, long offset, String key, String value,
                         String reason, String org, String consumerGroup, Instant firstSeenAt, Instant lastFailedAt,
                         int attempts) {

    public static final String COLLECTION = "dead_letters";

    static String idOf(String topic, int partition, long offset) {
        return java.util.UUID.nameUUIDFromBytes((topic + "-" + partition + "-" + offset)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
