package com.netfocus.infrastructure.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo team behind the dashboards: {@value #DEMO_MANAGER} manages team-north, whose reps are demo-rep (the demo
 * plan), {@value #SECOND_REP} and {@value #THIRD_REP}. Every figure below is counted by hand in docs/analytics.md
 * ("Demo data: what the dashboards should show") and checked by the end-to-end test; change one and change both.
 * Arrivals are the demo platforms' own programme times less fixed minutes, and every rep left at the moment the demo
 * loads, {@value DemoData#MINUTES_LEFT_IN_PROGRAMMES} minutes before the programmes under way end: the figures do not
 * depend on the day or hour it loads.
 */
final class DemoTeam {

    static final String DEMO_MANAGER = "demo-manager";
    static final String SECOND_REP = "demo-rep-2";
    static final String THIRD_REP = "demo-rep-3";

    /** DemoData's choice with its retry (planning learns of new platforms a moment after they are listed). */
    @FunctionalInterface
    interface Choice {
        void choose(String token, String planId, String platformId, String targetId, int arriveEarly, int stayLate);
    }

    private final GatewayClient client;
    private final Choice choice;

    DemoTeam(GatewayClient client, Choice choice) {
        this.client = client;
        this.choice = choice;
    }

    /**
     * @param rep       demo-rep's token; {@code planId} the demo plan (40 h), {@code objectiveId} its SMART objective
     *                  (6 procurement directors), {@code targetId} their profile, the breakfast chosen 30/30 already
     * @param start     the first day of the plans' periods
     * @param left      when the reps left the platforms under way (the breakfast, the conference, the meetup): now
     */
    void workThePlans(String rep, String planId, String objectiveId, String targetId, LocalDate start, Instant left,
                      DemoData.DemoPlatform breakfast, DemoData.DemoPlatform conference, DemoData.DemoPlatform meetup,
                      DemoData.DemoPlatform tradeShow) {
        String plan = "/api/v1/plans/" + planId;
        // An unfocused reason is refused (422) and stored nowhere.
        client.post(plan + "/objectives", rep, Map.of("statement", "I'm just networking", "outcome", "meet new people",
                "metric", "people met", "target", 10, "deadline", start.plusMonths(2).toString())).expect(422);
        // SMART but due in 10 days: defined, with a "realistic" warning. Reached by hand (2 of 2), then achieved.
        String introductions = objective(rep, plan, "Get introductions to category managers in Nordic retail "
                        + "through two existing customers", "Warm introductions before the supplier review",
                "introductions agreed", 2, start.plusDays(10));
        target(rep, plan, introductions, "Procurement", "Manager", "Retail", 2);
        client.post(plan + "/objectives/" + introductions + "/progress", rep,
                Map.of("amount", 2, "note", "both customers agreed to introduce us")).expect(201);
        client.post(plan + "/objectives/" + introductions + "/achieved", rep,
                Map.of("note", "two introductions agreed")).expect(200);
        // The trade show in seven weeks as well, for the same directors: 15 min early, an hour late.
        choice.choose(rep, planId, tradeShow.id(), targetId, 15, 60);
        // The breakfast: 30 min early, left before its end; three people met, two of them the directors sought; one
        // follow-up.
        JsonNode recorded = attend(rep, planId, breakfast, 30, left, List.of(
                person("Karin Lund", "Nordic Grocers", "Procurement", "Director", targetId),
                person("Olof Berg", "Hem & Hus", "Procurement", "Director", targetId),
                person("Sara Nyman", "Retail Analytics AB", "Marketing", "Manager", null)),
                List.of(followUp("Karin Lund", targetId, breakfast, 7, "send the supplier consolidation case")));
        client.post(plan + "/follow-ups/" + recorded.get("followUpIds").get(0).asText() + "/completed", rep,
                Map.of("outcome", "case sent, call booked")).expect(200);
        client.post(plan + "/follow-ups", rep, Map.of("personName", "Olof Berg", "targetId", targetId,
                "dueOn", LocalDate.ofInstant(left, ZoneOffset.UTC).plusDays(3).toString(),
                "action", "ask who owns the category review")).expect(201);

        // demo-rep-2: supply-chain directors at the conference, on time, left before its end; two follow-ups, one done.
        String second = client.devToken(SECOND_REP, DemoData.DEMO_ORG, DemoData.DEMO_TEAM, List.of("REP"));
        String secondPlan = plan(second, "Logistics visibility buyers", 20, start);
        String visibility = objective(second, "/api/v1/plans/" + secondPlan, "Learn from supply-chain directors in "
                        + "logistics which visibility tools they plan to buy next year",
                "Two qualified leads for the visibility product", "supply-chain directors met", 4, start.plusMonths(3));
        String directors = target(second, "/api/v1/plans/" + secondPlan, visibility, "Supply chain", "Director",
                "Logistics", 1);
        choice.choose(second, secondPlan, conference.id(), directors, 0, 30);
        JsonNode secondRecorded = attend(second, secondPlan, conference, 0, left, List.of(
                person("Johan Ek", "Nordic Freight", "Supply chain", "Director", directors),
                person("Lena Holm", "PostNord Partners", "Supply chain", "Director", directors),
                person("Per Ahl", "SCM Institute", "Research", "Analyst", null),
                person("Eva Strand", "Cargo Tech", "Sales", "Manager", null)),
                List.of(followUp("Johan Ek", directors, conference, 2, "share the visibility pilot results"),
                        followUp("Lena Holm", directors, conference, 5, "invite to the customer day")));
        client.post("/api/v1/plans/" + secondPlan + "/follow-ups/" + secondRecorded.get("followUpIds").get(0).asText()
                + "/completed", second, Map.of("outcome", "results shared")).expect(200);

        // demo-rep-3: 30 founders in a 10 h budget is more than the pace allows (an "achievable" warning); the
        // meetup, 20 min early, left before its end; one founder met.
        String third = client.devToken(THIRD_REP, DemoData.DEMO_ORG, DemoData.DEMO_TEAM, List.of("REP"));
        String thirdPlan = plan(third, "E-commerce founders", 10, start);
        String founders = objective(third, "/api/v1/plans/" + thirdPlan, "Meet 30 e-commerce founders to learn how "
                        + "they choose fulfilment partners", "A shortlist of founders for the partner programme",
                "founders met", 30, start.plusMonths(2));
        String founderProfile = target(third, "/api/v1/plans/" + thirdPlan, founders, "General management",
                "Founder", "E-commerce", 2);
        choice.choose(third, thirdPlan, meetup.id(), founderProfile, 20, 0);
        attend(third, thirdPlan, meetup, 20, left, List.of(
                person("Maja Lind", "Nordic D2C", "General management", "Founder", founderProfile)), List.of());
    }

    private String plan(String token, String title, int hoursBudget, LocalDate start) {
        return client.post("/api/v1/plans", token, Map.of("title", title, "periodStart", start.toString(),
                "periodEnd", start.plusMonths(6).toString(), "hoursBudget", hoursBudget)).expect(201).body()
                .get("planId").asText();
    }

    private String objective(String token, String plan, String statement, String outcome, String metric, int target,
                             LocalDate deadline) {
        return client.post(plan + "/objectives", token, Map.of("statement", statement, "outcome", outcome,
                "metric", metric, "target", target, "deadline", deadline.toString())).expect(201).body()
                .get("objectiveId").asText();
    }

    private String target(String token, String plan, String objectiveId, String function, String position,
                          String industry, int priority) {
        return client.post(plan + "/targets", token, Map.of("objectiveId", objectiveId,
                "profile", Map.of("function", function, "position", position, "industry", industry),
                "priority", priority, "rationale", "the people this objective needs")).expect(201).body()
                .get("targetId").asText();
    }

    private JsonNode attend(String token, String planId, DemoData.DemoPlatform platform, int minutesEarly,
                            Instant left, List<Map<String, Object>> people, List<Map<String, Object>> followUps) {
        Map<String, Object> attendance = new LinkedHashMap<>();
        attendance.put("platformId", platform.id());
        attendance.put("arrivedAt", platform.programStartsAt().minus(Duration.ofMinutes(minutesEarly)).toString());
        attendance.put("leftAt", left.toString());
        attendance.put("contactsMet", people);
        attendance.put("followUps", followUps);
        attendance.put("notes", "Most of the useful talk was before and after the programme");
        return client.post("/api/v1/plans/" + planId + "/attendance", token, attendance).expect(201).body();
    }

    private static Map<String, Object> person(String name, String company, String function, String position,
                                              String targetId) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("company", company);
        person.put("function", function);
        person.put("position", position);
        person.put("industry", "Retail");
        person.put("email", name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.test");
        if (targetId != null) {
            person.put("targetId", targetId);
        }
        return person;
    }

    private static Map<String, Object> followUp(String personName, String targetId, DemoData.DemoPlatform platform,
                                                int daysAfter, String action) {
        Instant due = platform.programStartsAt().plus(Duration.ofDays(daysAfter));
        return Map.of("personName", personName, "targetId", targetId,
                "dueOn", LocalDate.ofInstant(due, ZoneOffset.UTC).toString(), "action", action);
    }
}
