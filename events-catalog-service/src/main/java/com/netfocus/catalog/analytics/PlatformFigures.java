package com.netfocus.catalog.analytics;

/**
 * What attendances at one platform gave, summed over attendances (of one plan, or of the whole org):
 * {@code forecastTargetPeople} is the recommendation's expected target people for each attendance's choice,
 * {@code actualTargetPeople} the people met there matched to a profile target that choice named.
 */
public record PlatformFigures(String name, String kind, long attendances, double hoursSpent, long peopleMet,
                              long targetPeopleMet, double forecastTargetPeople, long actualTargetPeople) {

    /** A platform a plan attended no more: all its attendances were retracted. */
    public static final PlatformFigures NONE = new PlatformFigures(null, null, 0, 0, 0, 0, 0, 0);

    public PlatformFigures plus(PlatformFigures other) {
        return new PlatformFigures(name != null ? name : other.name, kind != null ? kind : other.kind,
                attendances + other.attendances, hoursSpent + other.hoursSpent, peopleMet + other.peopleMet,
                targetPeopleMet + other.targetPeopleMet, forecastTargetPeople + other.forecastTargetPeople,
                actualTargetPeople + other.actualTargetPeople);
    }
}
