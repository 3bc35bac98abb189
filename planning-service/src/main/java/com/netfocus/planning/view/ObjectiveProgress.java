package com.netfocus.planning.view;

/**
 * How far an objective has come: people met at events on its targets, outreach done on its targets, and progress
 * recorded by hand. {@code percent} is of the target, rounded down and capped at 100 ({@code total} shows any excess).
 */
public record ObjectiveProgress(int peopleMet, int outreach, int manual, int total, int target, int percent) {

    private static final int WHOLE = 100;

    public static ObjectiveProgress of(int peopleMet, int outreach, int manual, int target) {
        int total = peopleMet + outreach + manual;
        int percent = target <= 0 ? 0 : (int) Math.min(WHOLE, (long) total * WHOLE / target);
        return new ObjectiveProgress(peopleMet, outreach, manual, total, target, percent);
    }
}
