package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The answers of the analytics endpoints, shaped as the API contract fixes them. */
final class AnalyticsViews {

    private AnalyticsViews() {
    }

    @Schema(name = "AnalyticsSummary")
    record Summary(String scope, String subject, String granularity, List<Row> rows, Row total) {
    }

    @Schema(name = "AnalyticsMember")
    record Member(String userId, @JsonUnwrapped Row figures) {
    }

    @Schema(name = "AnalyticsTeamMembers")
    record TeamMembers(String team, List<Member> members) {
    }

    @JsonPropertyOrder({"platformId", "name", "kind", "attendances", "hoursSpent", "peopleMet", "targetPeopleMet",
            "targetPeoplePerHour", "forecastTargetPeople", "actualTargetPeople", "forecastAccuracy", "cost",
            "costPerTargetPersonMet"})
    @Schema(name = "AnalyticsPlatform")
    record PlatformRoi(String platformId, @Schema(example = "Retail Procurement Leaders Breakfast") String name,
                       String kind, long attendances, double hoursSpent, long peopleMet, long targetPeopleMet,
                       double targetPeoplePerHour, double forecastTargetPeople, long actualTargetPeople,
                       Double forecastAccuracy,
                       @Schema(description = "The fee times the attendances; null when the catalog knows no fee")
                       Double cost,
                       @Schema(description = "cost / targetPeopleMet; null while the cost is unknown or nobody was met")
                       Double costPerTargetPersonMet) {
    }

    @Schema(name = "AnalyticsPlatformRoi")
    record PlatformRoiTable(List<PlatformRoi> platforms) {
    }

    @Schema(name = "AnalyticsBand")
    record Band(String band, long attendances, long peopleMet, double peopleMetPerAttendance) {
    }

    @Schema(name = "AnalyticsArrivalTiming")
    record ArrivalTiming(List<Band> earlyArrival, List<Band> lateStay) {
    }
}
