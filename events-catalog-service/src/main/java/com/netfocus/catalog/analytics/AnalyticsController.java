package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.contracts.caller.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Analytics", description = "Dashboards' data, fed from projections of plan events; every table also as CSV.")
class AnalyticsController {

    private static final String QUERY = "analyticsQuery";
    private static final String CSV = "text/csv";
    private static final String CSV_EXAMPLE = "period,plans,objectivesDefined,smartPassRate\n2026-11,2,3,0.67\n";
    private static final String SCOPE_ROLES = "Roles: scope `rep` (default: the caller) the rep, a MANAGER for a member "
            + "of the team, an ADMIN for anyone of the org; scope `team` (default: the caller's team) its MANAGER or an "
            + "ADMIN; scope `org` an ADMIN only (anyone else: 403). Only the caller's org is ever read.";

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
        this.roiColumns = CsvTable.columnsOf(new AnalyticsViews.PlatformRoi("", "", "", 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0,
                0.0), mapper);
        List<String> bands = new ArrayList<>(List.of(TimedBand.TIMING));
        bands.addAll(CsvTable.columnsOf(new AnalyticsViews.Band("", 0, 0, 0), mapper));
        this.bandColumns = List.copyOf(bands);
    }

    @GetMapping(path = "/summary", produces = {MediaType.APPLICATION_JSON_VALUE, CsvTable.MEDIA_TYPE})
    @Operation(operationId = "analyticsSummary", summary = "Dashboard figures of a rep, a team or the org, per period",
            description = "Figures per period (month, quarter or year; UTC) and their total. A fact counts in the "
                    + "period of its event, an attendance in the period of its arrival; an objective's SMART verdict "
                    + "and progress in the period it was defined. With `format=csv`: the rows as CSV (`summary.csv`, "
                    + "the total is no row).\n\n" + SCOPE_ROLES)
    @ApiResponse(responseCode = "200", description = "Rows per period, oldest first, and the total", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = AnalyticsViews.Summary.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", example = CSV_EXAMPLE))})
    @ApiResponse(responseCode = "403", description = "A scope or subject the caller's roles do not cover")
    ResponseEntity<?> summary(Caller caller, @Valid @ModelAttribute(QUERY) AnalyticsQuery query) {
        AnalyticsViews.Summary summary = queries.summary(caller, query);
        return query.csv() ? CsvTable.of("summary", rowColumns, summary.rows(), mapper) : ResponseEntity.ok(summary);
    }

    @GetMapping(path = "/team-members", produces = {MediaType.APPLICATION_JSON_VALUE, CsvTable.MEDIA_TYPE})
    @Operation(operationId = "analyticsTeamMembers", summary = "Each member of a team with totals over all time",
            description = "The owners of the team's plans, each with the totals of the plans they hold in this team. "
                    + "With `format=csv`: `team-members.csv`.\n\nRoles: the team's MANAGER or an ADMIN of the org "
                    + "(anyone else: 403).")
    @ApiResponse(responseCode = "200", description = "The members, by user id", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = AnalyticsViews.TeamMembers.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", example = CSV_EXAMPLE))})
    @ApiResponse(responseCode = "403", description = "Neither the team's MANAGER nor an ADMIN of the org")
    ResponseEntity<?> teamMembers(Caller caller, @Valid @ModelAttribute(QUERY) AnalyticsQuery query) {
        AnalyticsViews.TeamMembers members = queries.teamMembers(caller, query);
        return query.csv() ? CsvTable.of("team-members", memberColumns, members.members(), mapper)
                : ResponseEntity.ok(members);
    }

    @GetMapping(path = "/platform-roi", produces = {MediaType.APPLICATION_JSON_VALUE, CsvTable.MEDIA_TYPE})
    @Operation(operationId = "analyticsPlatformRoi", summary = "Platform ROI leaderboard of the org", description =
            "Platforms attended in the org, by target people met per hour spent (best first). "
                    + "`forecastTargetPeople` sums the recommendation's expected target people for the targets each "
                    + "choice named; `actualTargetPeople` the people met there matched to those targets; "
                    + "`forecastAccuracy` = actual / forecast (null when the forecast is 0), which calibrates later "
                    + "recommendations. `cost`: the platform's fee times its attendances, and `costPerTargetPersonMet` "
                    + "(null while the fee is unknown or nobody was met). With `format=csv`: `platform-roi.csv`.")
    @ApiResponse(responseCode = "200", description = "Best first", content = {
            @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AnalyticsViews.PlatformRoiTable.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", example = CSV_EXAMPLE))})
    ResponseEntity<?> platformRoi(Caller caller, @Valid @ModelAttribute(QUERY) AnalyticsQuery query) {
        AnalyticsViews.PlatformRoiTable table = queries.platformRoi(caller, query);
        return query.csv() ? CsvTable.of("platform-roi", roiColumns, table.platforms(), mapper)
                : ResponseEntity.ok(table);
    }

    /** Its CSV holds both tables, each row saying which in its first column, {@code timing}. */
    @GetMapping(path = "/arrival-timing", produces = {MediaType.APPLICATION_JSON_VALUE, CsvTable.MEDIA_TYPE})
    @Operation(operationId = "analyticsArrivalTiming", summary = "Early arrival and late stay against people met",
            description = "Attendances and people met per band of minutes before the programme started "
                    + "(`earlyArrival`) and after it ended (`lateStay`): none, 1-15, 16-30, 31-60, 61+. Over all time. "
                    + "With `format=csv`: both tables in `arrival-timing.csv`, the first column `timing` saying which."
                    + "\n\n" + SCOPE_ROLES)
    @ApiResponse(responseCode = "200", description = "Both tables, bands in order", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = AnalyticsViews.ArrivalTiming.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", example = CSV_EXAMPLE))})
    @ApiResponse(responseCode = "403", description = "A scope or subject the caller's roles do not cover")
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
