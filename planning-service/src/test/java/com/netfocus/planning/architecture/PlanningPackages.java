package com.netfocus.planning.architecture;

/** Planning's packages by layer, as the architecture tests name them (ArchUnit package patterns). */
final class PlanningPackages {

    static final String ROOT = "com.netfocus.planning";
    /** The NetworkingPlan aggregate, the plan's own endpoints and its readers (now, as of a moment, history). */
    static final String PLAN = ROOT + ".plan..";
    /** Axon's event store on MongoDB, the hash chain of its events and the publication of its events to Kafka. */
    static final String[] STORAGE = {ROOT + ".eventstore..", ROOT + ".chain..", ROOT + ".publication.."};
    /** One package per feature of a plan: its commands, rules, endpoints and local copies. */
    static final String[] FEATURES = {ROOT + ".objective..", ROOT + ".target..", ROOT + ".platform..",
            ROOT + ".attendance..", ROOT + ".outreach..", ROOT + ".followup..", ROOT + ".erasure..",
            ROOT + ".settings..", ROOT + ".calendar..", ROOT + ".contact..", ROOT + ".planlist..", ROOT + ".audit.."};
    /** What every feature builds on: the plan's state, its limits, the shared checks, its view, sending commands. */
    static final String[] PLAN_CORE = {ROOT + ".state..", ROOT + ".limits..", ROOT + ".checks..", ROOT + ".view..",
            ROOT + ".sending.."};
    /** The service's own plumbing: correlation ids in logs, command metrics, start-up retries. */
    static final String[] SERVICE_SUPPORT = {ROOT + ".correlation..", ROOT + ".metrics..", ROOT + ".startup.."};

    private PlanningPackages() {
    }
}
