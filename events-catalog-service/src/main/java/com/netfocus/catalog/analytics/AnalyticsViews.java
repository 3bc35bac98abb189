package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** The answers of the analytics endpoints, shaped as the API contract fixes them. */
final class AnalyticsViews {

    private AnalyticsViews() {
    }

    record Summary(String scope, String subject, String granularity, List<Row> rows, Row total) {
    }

    record Member(String userId, @JsonUnwrapped Row figures) {
    }

    record TeamMembers(String team, List<Member> members) {
    }

    @JsonPropertyOrder({"platformId", "name", "kind", "attendances", "hoursSpent", "peopleMet", "targetPeopleMet",
            "targetPeoplePerHour", "forecastTargetPeople", "actualTargetPeople", "forecastAccuracy"})
    record PlatformRoi(String platformId, String name, String kind, long attendances, double hoursSpent,
                       long peopleMet, long targetPeopleMet, double targetPeoplePerHour, double forecastTargetPeople,
                       long actualTargetPeople, Double forecastAccuracy) {
    }

    record PlatformRoiTable(List<PlatformRoi> platforms) {
    }

    record Band(String band, long attendances, long peopleMet, double peopleMetPerAttendance) {
    }

    record ArrivalTiming(List<Band> earlyArrival, List<Band> lateStay) {
    }
}
