package com.netfocus.planning.briefing;

import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.TargetProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rep needs before a chosen platform: when to arrive and to leave (the programme with the minutes chosen before
 * and after it), where it is and who organises it, which of the plan's targets its audience serves and how many such
 * people to expect, what outreach learned about them, which teammates go and whom they are after, and the open
 * follow-ups with people likely there. Planning's part of the briefing: the gateway adds the known contacts who fit
 * the targets (the contact service's).
 */
public record Briefing(
        String planId,
        String platformId,
        String name,
        String kind,
        String location,
        String organizer,
        Double cost,
        Instant programStartsAt,
        Instant programEndsAt,
        Instant arriveAt,
        Instant leaveAt,
        int arriveEarlyMinutes,
        int stayLateMinutes,
        double plannedHours,
        Integer expectedAttendance,
        List<Target> targets,
        List<Learned> learned,
        List<Teammate> teammates,
        List<OpenFollowUp> followUps) {

    /**
     * A target of the plan the platform was chosen for ({@code chosenFor}) or whose people its audience holds:
     * {@code expectedPeople} of its profile, null when the listing says nothing about its audience (and for a named
     * contact, who is met directly).
     */
    public record Target(String targetId, String objectiveId, TargetProfile profile, String contactId, int priority,
                         boolean chosenFor, Double expectedPeople) {
    }

    /** What outreach learned about a target's people. */
    public record Learned(String outreachId, String targetId, OutreachChannel channel, Instant happenedAt,
                          String summary) {
    }

    /** A teammate going, with the profiles they chose it for. */
    public record Teammate(String memberId, String planId, List<TargetProfile> profiles) {
    }

    /** A follow-up still open with somebody of a target the platform serves. */
    public record OpenFollowUp(String followUpId, String personName, String contactId, String targetId,
                               LocalDate dueOn, String action) {
    }
}
