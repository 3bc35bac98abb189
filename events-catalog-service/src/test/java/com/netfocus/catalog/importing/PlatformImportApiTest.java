package com.netfocus.catalog.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.EventRecordsReader;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.infrastructure.testing.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Catalog import over HTTP on the real wire server and broker: every row goes through the same rules and
 * the same PlatformListed publication as a POST, bad rows are reported by line, and files that cannot be
 * imported, or callers who are not admins, store nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netfocus.catalog.import.max-rows=10", "netfocus.catalog.import.max-bytes=8KB"})
class PlatformImportApiTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "import");
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar");
    private static final String HEADER = "name,kind,organizer,topic,startsAt,endsAt,programStartsAt,programEndsAt,"
            + "location,cost,networkingSupported,expectedAttendance,audience\n";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    private EventRecordsReader<PlatformListed> reader;

    @BeforeEach
    void startReading() {
        reader = new EventRecordsReader<>(infrastructure.catalogEventsTopic(), PlatformListed.class);
    }

    @AfterEach
    void stopReading() {
        reader.close();
    }

    @Test
    void csvRowsAreAddedAndPublishedLikeAPostAndBadRowsReportedByLine() {
        String org = uniqueOrg();
        ResponseEntity<JsonNode> response = send(org, TEXT_CSV, HEADER + """
                Chamber lunch,chamber meeting,Chamber,Exports,2031-05-01T11:30:00Z,2031-05-01T15:00:00Z,2031-05-01T12:00:00Z,2031-05-01T14:00:00Z,Town hall,25.50,yes,120,Purchasing|Director|Logistics=0.25; |Manager|Retail=0.1
                Logistics summit,CONFERENCE,,,,,2031-06-10T09:00:00+02:00,2031-06-10T17:00:00+02:00,Expo centre,400,true,800,
                Banquet,BANQUET,,,,,2031-05-02T18:00:00,2031-05-02T20:00:00Z,Hotel,10,maybe,lots,
                Backwards,SEMINAR,,,,,2031-05-03T12:00:00Z,2031-05-03T11:00:00Z,Room 1,0,false,30,
                Nobody comes,MEETUP,,,,,2031-05-04T18:00:00Z,2031-05-04T20:00:00Z,Bar,0,true,0,
                Too many,TRADE_SHOW,,,,,2031-05-05T09:00:00Z,2031-05-05T17:00:00Z,Hall,0,true,1000000000,
                Overfull,MEETUP,,,,,2031-05-06T18:00:00Z,2031-05-06T20:00:00Z,Bar,0,true,50,Sales||=0.7;Ops||=0.6
                Unnamed,OTHER,,,,,2031-05-07T18:00:00Z,2031-05-07T20:00:00Z,,0,true,50,
                """);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = response.getBody();
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(rejections(report)).containsExactly(
                "4 expectedAttendance", "4 kind", "4 networkingSupported", "4 programStartsAt",
                "5 endsAt", "5 programEndsAt",
                "6 expectedAttendance",
                "7 expectedAttendance",
                "8 audience",
                "9 location");
        assertThat(mongo.count(query(where(Platform.ORG).is(org)), Platform.class)).isEqualTo(2);

        String lunchId = report.get("platformIds").get(0).asText();
        JsonNode lunch = get(org, "/api/v1/platforms/" + lunchId).getBody();
        assertThat(lunch.get("kind").asText()).isEqualTo("CHAMBER_MEETING");
        assertThat(lunch.get("organizer").asText()).isEqualTo("Chamber");
        assertThat(Instant.parse(lunch.get("startsAt").asText())).isEqualTo(Instant.parse("2031-05-01T11:30:00Z"));
        assertThat(lunch.get("cost").decimalValue()).isEqualByComparingTo("25.50");
        assertThat(lunch.get("networkingSupported").asBoolean()).isTrue();
        assertThat(lunch.get("audience")).hasSize(2);
        assertThat(lunch.get("audience").get(1).get("function").isNull()).isTrue();
        assertThat(lunch.get("audience").get(1).get("position").asText()).isEqualTo("Manager");
        assertThat(lunch.get("audience").get(1).get("share").asDouble()).isEqualTo(0.1);
        String summitId = report.get("platformIds").get(1).asText();
        JsonNode summit = get(org, "/api/v1/platforms/" + summitId).getBody();
        // Doors not given: the configured 30 minutes around the programme.
        assertThat(Instant.parse(summit.get("programStartsAt").asText())).isEqualTo(Instant.parse("2031-06-10T07:00:00Z"));
        assertThat(Instant.parse(summit.get("startsAt").asText())).isEqualTo(Instant.parse("2031-06-10T06:30:00Z"));
        assertThat(Instant.parse(summit.get("endsAt").asText())).isEqualTo(Instant.parse("2031-06-10T15:30:00Z"));

        await().atMost(Duration.ofSeconds(30)).until(() -> reader.poll().stream()
                .map(EventRecordsReader.KeyedRecord::key).toList().containsAll(List.of(lunchId, summitId)));
    }

    @Test
    void iCalendarEventsMapOntoPlatforms() {
        String org = uniqueOrg();
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//Netfocus//EN
                BEGIN:VEVENT
                UID:a@test
                DTSTAMP:20310101T000000Z
                SUMMARY:Chamber breakfast
                DTSTART;TZID=Europe/Amsterdam:20310501T080000
                DTEND;TZID=Europe/Amsterdam:20310501T093000
                LOCATION:Chamber house
                DESCRIPTION:Trade outlook
                ORGANIZER;CN=Chamber of Commerce:mailto:events@chamber.example
                CATEGORIES:Business,Chamber meeting
                X-NETFOCUS-EXPECTED-ATTENDANCE:60
                X-NETFOCUS-COST:0
                X-NETFOCUS-NETWORKING:true
                X-NETFOCUS-AUDIENCE:Purchasing|Director|Logistics=0.3
                END:VEVENT
                BEGIN:VEVENT
                UID:b@test
                DTSTAMP:20310101T000000Z
                SUMMARY:Free-form seminar
                DTSTART:20310502T140000Z
                DURATION:PT2H
                LOCATION:Online
                X-NETFOCUS-KIND:seminar
                X-NETFOCUS-EXPECTED-ATTENDANCE:40
                X-NETFOCUS-NETWORKING:no
                END:VEVENT
                BEGIN:VEVENT
                UID:c@test
                DTSTAMP:20310101T000000Z
                SUMMARY:Floating meetup
                DTSTART:20310503T180000
                DTEND:20310503T200000
                LOCATION:Bar
                X-NETFOCUS-KIND:MEETUP
                X-NETFOCUS-EXPECTED-ATTENDANCE:40
                X-NETFOCUS-COST:5
                X-NETFOCUS-NETWORKING:yes
                END:VEVENT
                BEGIN:VEVENT
                UID:d@test
                DTSTAMP:20310101T000000Z
                SUMMARY:Monthly mixer
                DTSTART:20310504T180000Z
                DTEND:20310504T200000Z
                RRULE:FREQ=MONTHLY;COUNT=3
                LOCATION:Bar
                X-NETFOCUS-KIND:MEETUP
                X-NETFOCUS-EXPECTED-ATTENDANCE:40
                X-NETFOCUS-COST:5
                X-NETFOCUS-NETWORKING:yes
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");

        ResponseEntity<JsonNode> response = upload(org, "events.ics", MediaType.APPLICATION_OCTET_STREAM, ics);

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode report = response.getBody();
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(rejections(report)).containsExactly("19 cost", "30 programEndsAt", "30 programStartsAt",
                "42 programStartsAt");
        JsonNode breakfast = get(org, "/api/v1/platforms/" + report.get("platformIds").get(0).asText()).getBody();
        assertThat(breakfast.get("name").asText()).isEqualTo("Chamber breakfast");
        assertThat(breakfast.get("kind").asText()).isEqualTo("CHAMBER_MEETING");
        assertThat(breakfast.get("organizer").asText()).isEqualTo("Chamber of Commerce");
        assertThat(breakfast.get("topic").asText()).isEqualTo("Trade outlook");
        assertThat(breakfast.get("location").asText()).isEqualTo("Chamber house");
        // 08:00 in Amsterdam summer time is 06:00 UTC.
        assertThat(Instant.parse(breakfast.get("programStartsAt").asText())).isEqualTo(Instant.parse("2031-05-01T06:00:00Z"));
        assertThat(Instant.parse(breakfast.get("programEndsAt").asText())).isEqualTo(Instant.parse("2031-05-01T07:30:00Z"));
        assertThat(Instant.parse(breakfast.get("startsAt").asText())).isEqualTo(Instant.parse("2031-05-01T05:30:00Z"));
        assertThat(breakfast.get("expectedAttendance").asInt()).isEqualTo(60);
        assertThat(breakfast.get("audience").get(0).get("share").asDouble()).isEqualTo(0.3);
        assertThat(reasonOf(report, 19, "cost")).contains("X-NETFOCUS-COST");

        // The seminar with its cost added comes in, its end taken from DURATION.
        ResponseEntity<JsonNode> fixed = send(org, TEXT_CALENDAR, ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//N//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:b@test\r\nDTSTAMP:20310101T000000Z\r\nSUMMARY:Free-form seminar\r\n"
                + "DTSTART:20310502T140000Z\r\nDURATION:PT2H\r\nLOCATION:Online\r\nX-NETFOCUS-KIND:seminar\r\n"
                + "X-NETFOCUS-EXPECTED-ATTENDANCE:40\r\nX-NETFOCUS-COST:12.5\r\nX-NETFOCUS-NETWORKING:no\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(fixed.getBody().get("imported").asInt()).isEqualTo(1);
        JsonNode seminar = get(org, "/api/v1/platforms/" + fixed.getBody().get("platformIds").get(0).asText()).getBody();
        assertThat(Instant.parse(seminar.get("programEndsAt").asText())).isEqualTo(Instant.parse("2031-05-02T16:00:00Z"));
        assertThat(seminar.get("networkingSupported").asBoolean()).isFalse();
    }

    @Test
    void onlyAnAdminMayImport() {
        String org = uniqueOrg();
        HttpHeaders rep = Callers.rep(org);
        rep.setContentType(TEXT_CSV);
        ResponseEntity<JsonNode> refused = http.exchange(PlatformImportController.PATH, HttpMethod.POST,
                new HttpEntity<>(HEADER + "Lunch,MEETUP,,,,,2031-05-04T18:00:00Z,2031-05-04T20:00:00Z,Bar,0,true,10,\n", rep),
                JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mongo.count(query(where(Platform.ORG).is(org)), Platform.class)).isZero();
    }

    @Test
    void filesThatCannotBeImportedAreRefusedWholeAndNothingIsStored() {
        String org = uniqueOrg();
        assertProblem(send(org, TEXT_CSV, new byte[0]), HttpStatus.BAD_REQUEST, "file");
        assertProblem(send(org, TEXT_CSV, "name,kind\nLunch,MEETUP\n".getBytes(StandardCharsets.UTF_8)),
                HttpStatus.BAD_REQUEST, "header");
        assertProblem(send(org, TEXT_CSV, (HEADER.strip() + ",colour\n").getBytes(StandardCharsets.UTF_8)),
                HttpStatus.BAD_REQUEST, "header");
        assertProblem(send(org, TEXT_CALENDAR, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST, "file");
        ResponseEntity<JsonNode> broken = send(org, TEXT_CALENDAR, ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                + "SUMMARY:x\r\nthis line is no property\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8));
        assertProblem(broken, HttpStatus.BAD_REQUEST, "file");
        assertThat(broken.getBody().get("errors").get(0).get("reason").asText()).contains("line 7");
        assertProblem(send(org, TEXT_CALENDAR, new byte[] {0x00, (byte) 0xFF, 0x13}), HttpStatus.BAD_REQUEST, "file");
        assertProblem(send(org, MediaType.APPLICATION_PDF, "x".getBytes(StandardCharsets.UTF_8)),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type");
        assertProblem(send(org, TEXT_CSV, (HEADER + "x".repeat(9000)).getBytes(StandardCharsets.UTF_8)),
                HttpStatus.PAYLOAD_TOO_LARGE, "file");
        assertProblem(send(org, TEXT_CSV, (HEADER + "Lunch,MEETUP,,,,,2031-05-04T18:00:00Z,2031-05-04T20:00:00Z,Bar,0,true,10,\n"
                .repeat(11)).getBytes(StandardCharsets.UTF_8)), HttpStatus.PAYLOAD_TOO_LARGE, "file");
        assertThat(mongo.count(query(where(Platform.ORG).is(org)), Platform.class)).isZero();
    }

    private static List<String> rejections(JsonNode report) {
        return StreamSupport.stream(report.get("rejected").spliterator(), false)
                .map(rejection -> rejection.get("line").asLong() + " " + rejection.get("field").asText())
                .toList();
    }

    private static String reasonOf(JsonNode report, long line, String field) {
        return StreamSupport.stream(report.get("rejected").spliterator(), false)
                .filter(rejection -> rejection.get("line").asLong() == line && rejection.get("field").asText().equals(field))
                .map(rejection -> rejection.get("reason").asText()).findFirst().orElseThrow();
    }

    private void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private ResponseEntity<JsonNode> send(String org, MediaType type, String body) {
        return send(org, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<JsonNode> send(String org, MediaType type, byte[] body) {
        HttpHeaders headers = Callers.admin(org);
        headers.setContentType(type);
        return http.exchange(PlatformImportController.PATH, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> upload(String org, String fileName, MediaType partType, String content) {
        return http.exchange(PlatformImportController.PATH, HttpMethod.POST,
                Uploads.multipart(Callers.admin(org), fileName, partType, content), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String org, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(Callers.admin(org)), JsonNode.class);
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }
}
