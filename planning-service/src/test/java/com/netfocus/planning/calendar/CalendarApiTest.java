package com.netfocus.planning.calendar;

import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GET /plans/{planId}/calendar.ics: one event per chosen platform blocking early arrival to late stay, whom it serves,
 * RFC 5545 form; read as the plan is (owner, team manager, org admin; teammate 403, another org 404).
 */
class CalendarApiTest extends ServiceApiTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void theChosenPlatformBlocksTheWholeStayAndSaysWhomItServes() throws Exception {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        String targetId = PlanFlow.target(api, planId, objectiveId);
        // listed before the place and audience travelled with a listing: no LOCATION, nobody counted
        String platformId = listedPlatform(PlanFlow.PROGRAM_START, PlanFlow.PROGRAM_END, null);
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);

        Api.TextResponse calendar = api.getText("/api/v1/plans/" + planId + "/calendar.ics?minVersion=3");

        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.contentType()).startsWith("text/calendar");
        String ics = calendar.body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("\r\n", -1)).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:" + planId + "-" + platformId + "@netfocus\r\n")
                .contains("DTSTART:" + UTC.format(PlanFlow.PROGRAM_START.minus(30, ChronoUnit.MINUTES)) + "\r\n")
                .contains("DTEND:" + UTC.format(PlanFlow.PROGRAM_END.plus(60, ChronoUnit.MINUTES)) + "\r\n")
                .contains("SUMMARY:Hospital finance forum\r\n")
                .contains("For: CFO finance healthcare (priority 1)")
                .contains("Arrive 30 min before the programme\\, leave 60 min after it")
                .doesNotContain("LOCATION")
                .containsOnlyOnce("BEGIN:VEVENT");
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(Instant.from(event.getDateTimeStart().getDate()))
                    .isEqualTo(PlanFlow.PROGRAM_START.minus(30, ChronoUnit.MINUTES));
            assertThat(Instant.from(event.getDateTimeEnd().getDate()))
                    .isEqualTo(PlanFlow.PROGRAM_END.plus(60, ChronoUnit.MINUTES));
            assertThat(event.getSummary().getValue()).isEqualTo("Hospital finance forum");
            assertThat(event.getDescription().getValue()).contains("For: CFO finance healthcare (priority 1).")
                    .contains("Arrive 30 min before the programme, leave 60 min after it");
        });
        // Exported again, the event keeps its UID, so calendars update it instead of adding a copy.
        assertThat(api.getText("/api/v1/plans/" + planId + "/calendar.ics").body().replace("\r\n ", ""))
                .contains("UID:" + planId + "-" + platformId + "@netfocus\r\n");
    }

    @Test
    void theEventTakesPlaceWhereTheCatalogSaysAndBriefsWhomToExpectAndWhoOfTheTeamGoes() throws Exception {
        String platformId = listedPlatform("Jaarbeurs, Utrecht", 200,
                List.of(new AudienceShare("finance", "CFO", "healthcare", 0.1)));
        Api teammate = api.as("rep-2", org);
        String teammatesPlan = PlanFlow.createPlan(teammate);
        String teammatesTarget = PlanFlow.target(teammate, teammatesPlan, PlanFlow.objective(teammate, teammatesPlan));
        assertThat(PlanFlow.choose(teammate, teammatesPlan, platformId, teammatesTarget).status()).isEqualTo(201);
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);

        // the teammate's choice reaches planning's team projection through Kafka
        String path = "/api/v1/plans/" + planId + "/calendar.ics?minVersion=3";
        await().atMost(Duration.ofSeconds(30)).until(() -> api.getText(path).body().replace("\r\n ", "")
                .contains("Teammates going"));
        List<VEvent> events = new CalendarBuilder().build(new StringReader(api.getText(path).body()))
                .getComponents(Component.VEVENT);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getLocation().getValue()).isEqualTo("Jaarbeurs, Utrecht");
            // 200 expected x 0.1 CFOs in healthcare finance
            assertThat(event.getDescription().getValue())
                    .contains("For: CFO finance healthcare (priority 1, about 20 expected).")
                    .contains("Teammates going: rep-2 (CFO finance healthcare).");
        });
    }

    @Test
    void readAsThePlanIs() {
        String planId = PlanFlow.createPlan(api);
        String path = "/api/v1/plans/" + planId + "/calendar.ics";
        assertThat(api.getText(path).body()).doesNotContain("BEGIN:VEVENT");
        assertThat(api.as("rep-2", org).getText(path).status()).isEqualTo(403);
        assertThat(api.as("manager-1", org).withRoles("MANAGER").getText(path).status()).isEqualTo(200);
        assertThat(api.as("admin-1", org).withRoles("ADMIN").getText(path).status()).isEqualTo(200);
        Api.TextResponse stranger = api.as("rep-1", "other-" + org).withRoles("REP,MANAGER,ADMIN").getText(path);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(api.getText("/api/v1/plans/" + java.util.UUID.randomUUID() + "/calendar.ics").status()).isEqualTo(404);
    }
}
