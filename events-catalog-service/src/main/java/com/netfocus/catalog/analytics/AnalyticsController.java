package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.contracts.caller.Caller;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboards' data (see README "Analytics"): JSON, or with {@code format=csv} each table as CSV. Scoped by the
 * caller's role within the caller's org ({@link AnalyticsAccess}).
 */
@RestController
@RequestMapping("/api/v1/analytics")
class AnalyticsController {

    private static final String QUERY = "analyticsQuery";

    private final AnalyticsQueries queries;
    private final ObjectMapper mapper;
    private final List<String> rowColumns;
    private final List<String> memberColumns;
    private final List<String> roiColumns;
    private final List<String> bandColumns;

    AnalyticsController(AnalyticsQueries queries, ObjectMapper mapper) {
        this.queries = queries;
        this.mapper = mapper;
        Row empty = new Row("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        this.rowColumns = CsvTable.columnsOf(empty, mapper);
        this.memberColumns = CsvTable.columnsOf(new AnalyticsViews.Member("", empty), mapper).stream()
                .filter(column -> !column.equals("period")).toList();
        this.roiColumns = CsvTable.columnsOf(new AnalyticsViews.PlatformRoi("", "", "", 0, 0, 0, 0, 0, 0, 0, 0.0),
                mapper);
        List<String> bands = new ArrayList<>(List.of(TimedBand.TIMING));
        bands.addAll(CsvTable.columnsOf(new AnalyticsViews.Band("", 0, 0, 0), mapper));
        this.bandColumns = List.copyOf(bands);
    }

    @GetMapping(path = "/summary", produces = {MediaType.APPLICATION_JSON_VALUE, CsvTable.MEDIA_TYPE})
    ResponseEntity<?> summary(Caller caller, @Valid @ModelAttribute(QUERY) AnalyticsQuery query) {
        AnalyticsViews.Summary summary = queries.summary(caller, query);
        return query.csv() ? CsvTable.of("summary", rowColumns, summary.rows(), mapper) : ResponseEntity.ok(summary);
    }

    @GetMapping(path = "/team-members", produces = {MediaType.APPLICATION_JSON_VALUE, CsvTable.MEDIA_TYPE})
    ResponseEntity<?> teamMembers(Caller caller, @Valid @ModelAttribute(QUERY) AnalyticsQuery query) {
        AnalyticsViews.TeamMembers members = queries.teamMembers(caller, query);
        return query.csv() ? CsvTable.of("team-members", memberColumns, members.members(), mapper)
                : ResponseEntity.ok(members);
    }

    @GetMapping(path = "/platform-roi", produces = {MediaType.APPLICATION_JSON_VALUE, CsvTable.MEDIA_TYPE})
    ResponseEntity<?> platformRoi(Caller caller, @Valid @ModelAttribute(QUERY) AnalyticsQuery query) {
        AnalyticsViews.PlatformRoiTable table = queries.platformRoi(caller, query);
        return query.csv() ? CsvTable.of("platform-roi", roiColumns, table.platforms(), mapper)
                : ResponseEntity.ok(table);
    }

    /** Its CSV holds both tables, each row saying which in its first column, {@code timing}. */
    @GetMapping(path = "/arrival-timing", produces = {MediaType.APPLICATION_JSON_VALUE, CsvTable.MEDIA_TYPE})
    ResponseEntity<?> arrivalTiming(Caller caller, @Valid @ModelAttribute(QUERY) AnalyticsQuery query) {
        AnalyticsViews.ArrivalTiming timing = queries.arrivalTiming(caller, query);
        if (!query.csv()) {
            return ResponseEntity.ok(timing);
        }
        List<TimedBand> rows = new ArrayList<>();
        timing.earlyArrival().forEach(band -> rows.add(TimedBand.of("earlyArrival", band)));
        timing.lateStay().forEach(band -> rows.add(TimedBand.of("lateStay", band)));
        return CsvTable.of("arrival-timing", bandColumns, rows, mapper);
    }

    /** A band with the table it belongs to, for the one CSV of both. */
    record TimedBand(String timing, String band, long attendances, long peopleMet, double peopleMetPerAttendance) {

        static final String TIMING = "timing";

        static TimedBand of(String timing, AnalyticsViews.Band band) {
            return new TimedBand(timing, band.band(), band.attendances(), band.peopleMet(),
                    band.peopleMetPerAttendance());
        }
    }
}
