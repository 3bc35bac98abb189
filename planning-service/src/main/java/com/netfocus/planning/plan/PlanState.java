package com.netfocus.planning.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.SmartVerdicts;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a plan knows, built only by applying its events in order. The aggregate decides with it, the API
 * renders it, and it is what a snapshot stores; so a plan looks the same however it was loaded.
 */
public class PlanState {

    /** Metadata key under which an ObjectiveDefined event keeps the assessment it was accepted with. */

    private String planId;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private double hoursBudget;
    private String ownerId;
    private String org;
    private String team;
    private long version = -1;
    private Map<String, ObjectiveEntry> objectives = new LinkedHashMap<>();
    private Map<String, TargetIdentified> targets = new LinkedHashMap<>();
    private Map<String, PlatformChosen> platforms = new LinkedHashMap<>();
    private List<EventAttended> attendance = new ArrayList<>();

    public void created(PlanCreated event, long sequence) {
        planId = event.planId();
        title = event.title();
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        hoursBudget = event.hoursBudget();
        ownerId = event.ownerId();
        org = event.org();
        team = event.team();
        version = sequence;
    }

    public void objectiveDefined(ObjectiveDefined event, long sequence) {
        SmartVerdicts smart = event.smart();
        objectives.put(event.objectiveId(), new ObjectiveEntry(event.objectiveId(), event.statement(), event.outcome(),
                event.metric(), event.target(), event.deadline(), smart, smart == null ? List.of() : smart.warnings()));
        version = sequence;
    }

    public void targetIdentified(TargetIdentified event, long sequence) {
        targets.put(event.targetId(), event);
        version = sequence;
    }

    public void platformChosen(PlatformChosen event, long sequence) {
        platforms.put(event.platformId(), event);
        version = sequence;
    }

    public void attended(EventAttended event, long sequence) {
        attendance.add(event);
        version = sequence;
    }

    /** Applies any stored plan event; used to rebuild a plan outside the aggregate (the plan as of a moment). */
    public void apply(DomainEventMessage<?> message) {
        long sequence = message.getSequenceNumber();
        Object payload = message.getPayload();
        if (payload instanceof PlanCreated e) {
            created(e, sequence);
        } else if (payload instanceof ObjectiveDefined e) {
            objectiveDefined(e, sequence);
        } else if (payload instanceof TargetIdentified e) {
            targetIdentified(e, sequence);
        } else if (payload instanceof PlatformChosen e) {
            platformChosen(e, sequence);
        } else if (payload instanceof EventAttended e) {
            attended(e, sequence);
        } else {
            version = sequence;
        }
    }

    public PlanView view() {
        return new PlanView(planId, title, periodStart, periodEnd, status(), ownerId, org, team, version,
                new PlanView.Hours(hoursBudget, plannedHours(), spentHours()),
                List.copyOf(objectives.values()), List.copyOf(targets.values()), List.copyOf(platforms.values()),
                List.copyOf(attendance));
    }

    public PlanStatus status() {
        if (!attendance.isEmpty()) {
            return PlanStatus.ACTIVE;
        }
        if (!platforms.isEmpty()) {
            return PlanStatus.SCHEDULED;
        }
        return objectives.isEmpty() ? PlanStatus.OPEN : PlanStatus.FOCUSED;
    }

    public double plannedHours() {
        return platforms.values().stream().mapToDouble(PlatformChosen::plannedHours).sum();
    }

    public double spentHours() {
        return attendance.stream().mapToDouble(EventAttended::hoursInvested).sum();
    }

    public boolean exists() {
        return planId != null;
    }

    public String planId() {
        return planId;
    }

    public String org() {
        return org;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public double hoursBudget() {
        return hoursBudget;
    }

    public long version() {
        return version;
    }

    public int objectiveCount() {
        return objectives.size();
    }

    public boolean hasObjective(String objectiveId) {
        return objectiveId != null && objectives.containsKey(objectiveId);
    }

    public boolean hasTarget(String targetId) {
        return targetId != null && targets.containsKey(targetId);
    }

    public PlatformChosen platform(String platformId) {
        return platformId == null ? null : platforms.get(platformId);
    }
}
