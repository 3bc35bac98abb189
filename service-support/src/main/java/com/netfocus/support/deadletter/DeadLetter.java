package com.netfocus.support.deadletter;

import io.swagger.v3.oas.annotations.media.Schema;

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
public record DeadLetter(@Schema(example = EXAMPLE_ID) String id, @Schema(example = "netfocus.plan-events") String topic,
                         int partition, long offset,
                         @Schema(description = "The record's key: the plan id", example = "3f1c9a52-8d4e-4b7a-9e21-5c6d7e8f9a01")
                         String key,
                         @Schema(description = "The raw value, base64", example = "eyJ0eXBlIjoiUGxhdGZvcm1DaG9zZW4ifQ==")
                         String value,
                         @Schema(example = "PlatformChosen 9b2f names no platform") String reason, String org,
                         String consumerGroup, Instant firstSeenAt, Instant lastFailedAt, int attempts) {

    public static final String COLLECTION = "dead_letters";
    /** The id of the example dead letter of the API description. */
    static final String EXAMPLE_ID = "8a8c6351-1413-3e1e-9530-7a718a638fa0";

    static String idOf(String topic, int partition, long offset) {
        return java.util.UUID.nameUUIDFromBytes((topic + "-" + partition + "-" + offset)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
