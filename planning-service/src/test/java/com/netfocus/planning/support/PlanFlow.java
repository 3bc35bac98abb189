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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain create -> objective -> target -> platform -> attendance through the API, with valid data. */
public final class PlanFlow {

    public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** When the tests began, to the second. */
    public static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    /**
     * The test platform's programme: under way, begun two hours before the tests and ending four hours after, so that
     * every test can choose it (it has not ended) and log an attendance there that has happened.
     */
    public static final Instant PROGRAM_START = STARTED.minus(2, ChronoUnit.HOURS);
    public static final Instant PROGRAM_END = STARTED.plus(4, ChronoUnit.HOURS);
    /** An attendance that has happened: from half an hour before the programme to an hour into it. */
    public static final Instant ARRIVED = PROGRAM_START.minus(30, ChronoUnit.MINUTES);
    public static final Instant LEFT = PROGRAM_START.plus(1, ChronoUnit.HOURS);
    /** Whom the test platforms gather: the CFOs of the flow's target, and CIOs. */
    public static final List<AudienceShare> AUDIENCE = List.of(
            new AudienceShare("Finance", "CFO", "Healthcare", 0.4),
            new AudienceShare("IT", "CIO", "Healthcare", 0.2));

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

    /** Lists a platform in the catalog topic, as the catalog service would: the flow's programme and audience. */
    public static String listPlatform(String catalogTopic, String org) {
        return listPlatform(catalogTopic, org, PROGRAM_START, PROGRAM_END, AUDIENCE);
    }

    /** Lists a platform of this programme and audience (null: listed before audiences travelled). */
    public static String listPlatform(String catalogTopic, String org, Instant programStartsAt, Instant programEndsAt,
                                      List<AudienceShare> audience) {
        return listPlatform(catalogTopic, org, programStartsAt, programEndsAt, "Stockholm, City Conference Centre", 120,
                audience);
    }

    /** Lists a platform of the flow's programme with this place, expected attendance and audience. */
    public static String listPlatform(String catalogTopic, String org, String location, int expectedAttendance,
                                      List<AudienceShare> audience) {
        return listPlatform(catalogTopic, org, PROGRAM_START, PROGRAM_END, location, expectedAttendance, audience);
    }

    private static String listPlatform(String catalogTopic, String org, Instant programStartsAt,
                                       Instant programEndsAt, String location, int expectedAttendance,
                                       List<AudienceShare> audience) {
        String platformId = UUID.randomUUID().toString();
        Instant doorsOpen = programStartsAt.minus(1, ChronoUnit.HOURS);
        Instant doorsClose = programEndsAt.plus(2, ChronoUnit.HOURS);
        PlatformListed listed = audience == null
                ? new PlatformListed(platformId, org, "Hospital finance forum", "CONFERENCE", doorsOpen, doorsClose,
                        programStartsAt, programEndsAt)
                : new PlatformListed(platformId, org, "Hospital finance forum", "CONFERENCE", doorsOpen, doorsClose,
                        programStartsAt, programEndsAt, location, "Hospital Finance Society", 45.0,
                        expectedAttendance, audience, "admin-1", STARTED);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(catalogTopic, platformId,
                    PlanEventCodec.mapper().writeValueAsString(listed))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return platformId;
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
                """.formatted(platformId, ARRIVED, LEFT, targetId));
    }
}
