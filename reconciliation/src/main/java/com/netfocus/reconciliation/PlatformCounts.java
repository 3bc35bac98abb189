package com.netfocus.reconciliation;

/** How often a platform was chosen and attended, and how many people were met there. */
public record PlatformCounts(long timesChosen, long attendances, long peopleMet) {

    public static final PlatformCounts NONE = new PlatformCounts(0, 0, 0);

    PlatformCounts plus(PlatformCounts other) {
        return new PlatformCounts(timesChosen + other.timesChosen, attendances + other.attendances,
                peopleMet + other.peopleMet);
    }

    @Override
    public String toString() {
        return "chosen " + timesChosen + ", attended " + attendances + ", people met " + peopleMet;
    }
}
