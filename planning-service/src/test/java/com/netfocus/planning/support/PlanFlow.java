package com.netfocus.planning.support;

import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain create -> objective -> target -> platform -> attendance through the API, with valid data. */
public final class PlanFlow {

    public static final LocalDate TODAY = LocalDate.now();
    public static final Instant PROGRAM_START = TODAY.plusDays(30).atStartOfDay().plusHours(18)
            .toInstant(java.time.ZoneOffset.UTC);
    public static final Instant PROGRAM_END = PROGRAM_START.plus(2, ChronoUnit.HOURS);

    private PlanFlow() {
    }

    public static String createPlan(Api api) {
        Api.Response created = api.post("/api/v1/plans", """
                {"title":"Hospitals this half year","periodStart":"%s","periodEnd":"%s","hoursBudget":40}
                """.formatted(TODAY.minusDays(1), TODAY.plusDays(180)));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.text("planId");
    }

    public static Api.Response defineObjective(Api api, String planId) {
        return api.post("/api/v1/plans/" + planId + "/objectives", """
                {"statement":"Learn how hospital CFOs choose billing software","outcome":"two pilot deals",
                 "metric":"CFOs met","target":12,"deadline":"%s"}
                """.formatted(TODAY.plusDays(90)));
    }

    public static String objective(Api api, String planId) {
        Api.Response response = defineObjective(api, planId);
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
        return response.text("objectiveId");
    }

    public static String target(Api api, String planId, String objectiveId) {
        Api.Response response = api.post("/api/v1/plans/" + planId + "/targets", """
                {"objectiveId":"%s","profile":{"function":"finance","position":"CFO","industry":"healthcare"},
                 "priority":1,"rationale":"they sign"}
                """.formatted(objectiveId));
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
        return response.text("targetId");
    }

    /** Lists a platform in the catalog topic, as the catalog service would. */
    public static String listPlatform(String catalogTopic, String org) {
        String platformId = UUID.randomUUID().toString();
        publish(catalogTopic, new PlatformListed(platformId, org, "Hospital finance forum", "CONFERENCE",
                PROGRAM_START.minus(1, ChronoUnit.HOURS), PROGRAM_END.plus(2, ChronoUnit.HOURS), PROGRAM_START,
                PROGRAM_END));
        return platformId;
    }

    /** Lists a platform with its place, organiser, cost, expected attendance and audience, as the catalog does now. */
    public static String listPlatform(String catalogTopic, String org, String location, int expectedAttendance,
                                      List<AudienceShare> audience) {
        String platformId = UUID.randomUUID().toString();
        publish(catalogTopic, new PlatformListed(platformId, org, "Hospital finance forum", "CONFERENCE",
                PROGRAM_START.minus(1, ChronoUnit.HOURS), PROGRAM_END.plus(2, ChronoUnit.HOURS), PROGRAM_START,
                PROGRAM_END, location, "Healthcare CFO Network", 45.0, expectedAttendance, audience, "admin-1",
                PROGRAM_START.minus(30, ChronoUnit.DAYS)));
        return platformId;
    }

    private static void publish(String catalogTopic, PlatformListed listed) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(catalogTopic, listed.platformId(),
                    PlanEventCodec.mapper().writeValueAsString(listed))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Api.Response choose(Api api, String planId, String platformId, String targetId) {
        return api.post("/api/v1/plans/" + planId + "/platforms", """
                {"platformId":"%s","targetIds":["%s"],"arriveEarlyMinutes":30,"stayLateMinutes":60}
                """.formatted(platformId, targetId));
    }

    public static Api.Response attend(Api api, String planId, String platformId, String targetId) {
        return api.post("/api/v1/plans/" + planId + "/attendance", """
                {"platformId":"%s","arrivedAt":"%s","leftAt":"%s",
                 "contactsMet":[{"name":"Ann Lee","company":"St. Mary","function":"finance","position":"CFO",
                                 "industry":"healthcare","email":"ann@example.org","targetId":"%s"}],
                 "notes":"stayed for drinks"}
                """.formatted(platformId, PROGRAM_START.minus(45, ChronoUnit.MINUTES),
                PROGRAM_END.plus(30, ChronoUnit.MINUTES), targetId));
    }
}
