package com.netfocus.infrastructure.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo organisation: a catalog of six platforms, the demo plan taken from why to where, and the team around it
 * ({@link DemoTeam}: a manager, three reps, attendances and follow-ups, the figures docs/analytics.md ("Demo data: what
 * the dashboards should show") counts by hand), loaded through the gateway like any client would. Loaded once: a
 * catalog that already has platforms is left alone.
 *
 * <p>Attendance is logged after it happened, at a platform chosen before its programme ended, and the loader goes
 * through the API like any client: it cannot record the past. So three platforms are under way as the demo loads,
 * their programmes ending {@value #MINUTES_LEFT_IN_PROGRAMMES} minutes later: the reps chose them before that and left
 * just now, before the end (no late stays in the demo's figures). The other three lie weeks ahead, to be chosen. The
 * plans' periods begin the day before, so that a programme under way since last night lies inside them.
 */
final class DemoData {

    static final String DEMO_ORG = "demo-org";
    static final String DEMO_TEAM = "team-north";
    static final String DEMO_REP = "demo-rep";
    static final String DEMO_ADMIN = "demo-admin";
    /** How long the programmes under way go on after the demo loads: its choices must all be made before that. */
    static final int MINUTES_LEFT_IN_PROGRAMMES = 30;
    private static final Duration CHOICE_RETRY = Duration.ofSeconds(30);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private static final String PLAN_ID_FILE = "demo-plan-id";

    private final GatewayClient client;
    private final Path dataDirectory;

    DemoData(GatewayClient client, Path dataDirectory) {
        this.client = client;
        this.dataDirectory = dataDirectory;
    }

    void loadIfAbsent() {
        String admin = client.devToken(DEMO_ADMIN, DEMO_ORG, DEMO_TEAM, List.of("ADMIN"));
        JsonNode existing = client.get("/api/v1/platforms?size=1", admin).expect(200).body();
        if (existing.path("total").asLong() > 0) {
            System.out.println("Demo data already loaded" + rememberedPlan().map(id -> ": demo plan " + id
                    + " (org " + DEMO_ORG + ", rep " + DEMO_REP + "), in the web app: " + webAppLink(id)).orElse("."));
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        Instant endingSoon = now.plus(Duration.ofMinutes(MINUTES_LEFT_IN_PROGRAMMES));
        DemoPlatform breakfast = listPlatform(admin, "Retail Procurement Leaders Breakfast", "ASSOCIATION_MEETING",
                "Nordic Retail Association", "Supplier consolidation", endingSoon.minus(Duration.ofMinutes(90)), 90,
                "Stockholm, Grand Hotel", 45, true, 60,
                List.of(audience("Procurement", "Director", "Retail", 0.5), audience("Operations", "Manager", "Retail", 0.3)));
        listPlatform(admin, "Chamber of Commerce Evening Mixer", "CHAMBER_MEETING", "Stockholm Chamber of Commerce",
                "Local business outlook", today.plus(Duration.ofDays(21)).plus(Duration.ofMinutes(17 * 60)), 120,
                "Stockholm, Chamber House", 0, true, 150,
                List.of(audience("General management", "Owner", "Services", 0.4), audience("Finance", "CFO", "Retail", 0.1)));
        DemoPlatform conference = listPlatform(admin, "Supply Chain Innovation Conference", "CONFERENCE", "SCM Institute",
                "AI in logistics", endingSoon.minus(Duration.ofMinutes(8 * 60)), 8 * 60, "Gothenburg, Svenska Mässan",
                650, true, 1200,
                List.of(audience("Supply chain", "Director", "Logistics", 0.3), audience("Procurement", "Director", "Retail", 0.1)));
        listPlatform(admin, "Category Management Seminar", "SEMINAR", "Retail Academy", "Category roles",
                today.plus(Duration.ofDays(28)).plus(Duration.ofMinutes(13 * 60)), 180, "Malmö, Retail Academy", 120,
                false, 40, List.of(audience("Procurement", "Manager", "Retail", 0.6)));
        DemoPlatform meetup = listPlatform(admin, "E-commerce Founders Meetup", "MEETUP", "Nordic Founders",
                "Scaling D2C brands", endingSoon.minus(Duration.ofMinutes(150)), 150, "Stockholm, Epicenter", 0, true, 80,
                List.of(audience("General management", "Founder", "E-commerce", 0.7)));
        DemoPlatform tradeShow = listPlatform(admin, "Nordic Retail Trade Show", "TRADE_SHOW", "Nordic Retail Fairs",
                "Store technology", today.plus(Duration.ofDays(49)).plus(Duration.ofMinutes(10 * 60)), 7 * 60,
                "Stockholm, Älvsjö", 250, true, 5000,
                List.of(audience("Procurement", "Director", "Retail", 0.05), audience("IT", "CIO", "Retail", 0.05)));

        String rep = client.devToken(DEMO_REP, DEMO_ORG, DEMO_TEAM, List.of("REP"));
        LocalDate start = LocalDate.ofInstant(today, ZoneOffset.UTC).minusDays(1);
        String planId = client.post("/api/v1/plans", rep, Map.of(
                "title", "Grow mid-market retail accounts in the Nordics",
                "periodStart", start.toString(),
                "periodEnd", start.plusMonths(6).toString(),
                "hoursBudget", 40)).expect(201).body().get("planId").asText();
        String objectiveId = client.post("/api/v1/plans/" + planId + "/objectives", rep, Map.of(
                "statement", "Learn from procurement directors in Nordic retail which supply-chain problems they will budget for next year",
                "outcome", "Three qualified discovery meetings that feed the next quarter's pipeline",
                "metric", "procurement directors in retail met",
                "target", 6,
                "deadline", start.plusMonths(4).toString())).expect(201).body().get("objectiveId").asText();
        String targetId = client.post("/api/v1/plans/" + planId + "/targets", rep, Map.of(
                "objectiveId", objectiveId,
                "profile", Map.of("function", "Procurement", "position", "Director", "industry", "Retail"),
                "priority", 1,
                "rationale", "They own supplier decisions and feel the supply-chain pain first")).expect(201)
                .body().get("targetId").asText();
        choosePlatform(rep, planId, breakfast.id(), targetId, 30, 30);
        new DemoTeam(client, this::choosePlatform).workThePlans(rep, planId, objectiveId, targetId, start, now,
                breakfast, conference, meetup, tradeShow);
        remember(planId);
        System.out.println("Demo data loaded: 6 platforms, demo plan " + planId + " (org " + DEMO_ORG + ", rep " + DEMO_REP
                + "), team " + DEMO_TEAM + " with manager " + DemoTeam.DEMO_MANAGER + "; in the web app: "
                + webAppLink(planId));
    }

    /** The plan's page in the web app (it asks who you are first). */
    private String webAppLink(String planId) {
        return client.baseUrl() + "/app/#/plans/" + planId;
    }

    /** The demo plan's id, kept beside the data so that every start can say which plan to open. */
    private void remember(String planId) {
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(dataDirectory.resolve(PLAN_ID_FILE), planId);
        } catch (IOException e) {
            System.out.println("Could not note the demo plan id in " + dataDirectory + ": " + e.getMessage());
        }
    }

    private Optional<String> rememberedPlan() {
        try {
            Path file = dataDirectory.resolve(PLAN_ID_FILE);
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void choosePlatform(String token, String planId, String platformId, String targetId, int arriveEarlyMinutes,
                                int stayLateMinutes) {
        Map<String, Object> choice = Map.of("platformId", platformId, "targetIds", List.of(targetId),
                "arriveEarlyMinutes", arriveEarlyMinutes, "stayLateMinutes", stayLateMinutes);
        Instant deadline = Instant.now().plus(CHOICE_RETRY);
        while (true) {
            GatewayClient.Answer answer = client.post("/api/v1/plans/" + planId + "/platforms", token, choice);
            // the planning service learns of new platforms from the catalog's events, a moment after they are listed
            if (answer.status() == 201 || Instant.now().isAfter(deadline)) {
                answer.expect(201);
                return;
            }
            try {
                Thread.sleep(RETRY_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A listed demo platform: its id and programme, which the demo attendances are timed against. */
    record DemoPlatform(String id, Instant programStartsAt, Instant programEndsAt) {
    }

    private DemoPlatform listPlatform(String token, String name, String kind, String organizer, String topic,
                                      Instant programStartsAt, int programMinutes, String location, double cost,
                                      boolean networkingSupported, int expectedAttendance,
                                      List<Map<String, Object>> audience) {
        Instant programEndsAt = programStartsAt.plus(Duration.ofMinutes(programMinutes));
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("name", name);
        platform.put("kind", kind);
        platform.put("organizer", organizer);
        platform.put("topic", topic);
        platform.put("startsAt", programStartsAt.minus(Duration.ofMinutes(45)).toString());
        platform.put("endsAt", programEndsAt.plus(Duration.ofMinutes(60)).toString());
        platform.put("programStartsAt", programStartsAt.toString());
        platform.put("programEndsAt", programEndsAt.toString());
        platform.put("location", location);
        platform.put("cost", cost);
        platform.put("networkingSupported", networkingSupported);
        platform.put("expectedAttendance", expectedAttendance);
        platform.put("audience", audience);
        return new DemoPlatform(client.post("/api/v1/platforms", token, platform).expect(201).body().get("platformId")
                .asText(), programStartsAt, programEndsAt);
    }

    private static Map<String, Object> audience(String function, String position, String industry, double share) {
        return Map.of("function", function, "position", position, "industry", industry, "share", share);
    }
}
