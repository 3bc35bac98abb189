package com.netfocus.catalog.platform;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A platform in an org's catalog. {@code listedPublished} turns true only once the broker acknowledged
 * the platform's {@code PlatformListed} event; until then the publication timer keeps re-sending it.
 */
@Document(Platform.COLLECTION)
public record Platform(
        @Id String id,
        String org,
        String createdBy,
        Instant createdAt,
        String name,
        PlatformKind kind,
        String organizer,
        String topic,
        Instant startsAt,
        Instant endsAt,
        Instant programStartsAt,
        Instant programEndsAt,
        String location,
        BigDecimal cost,
        boolean networkingSupported,
        int expectedAttendance,
        List<AudienceSegment> audience,
        boolean listedPublished) {

    public static final String COLLECTION = "platforms";
    public static final String ORG = "org";
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String ORGANIZER = "organizer";
    public static final String LOCATION = "location";
    public static final String AUDIENCE = "audience";
    public static final String PROGRAM_STARTS_AT = "programStartsAt";
    public static final String CREATED_AT = "createdAt";
    public static final String LISTED_PUBLISHED = "listedPublished";
}
