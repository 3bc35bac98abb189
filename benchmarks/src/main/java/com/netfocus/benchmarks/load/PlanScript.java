package com.netfocus.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The life of one rep's plan, command by command, as a client would drive it: create the plan, define its
 * objectives (SMART-valid: people named, deadline inside the period), identify targets (profiles), choose platforms
 * (each for two targets, within the hours budget), and log attendance at the first chosen ones with two people met.
 * Each command depends on ids from earlier answers, so one plan's commands run one after the other.
 */
public final class PlanScript implements Script {

    static final int EARLY_MINUTES = 30;
    static final int LATE_MINUTES = 30;
    static final double SPARE_BUDGET_HOURS = 10;
    static final int OBJECTIVE_TARGET = 10;
    static final int PEOPLE_MET_PER_ATTENDANCE = 2;

    private final Org org;
    private final Rep rep;
    private final Scale scale;
    private final Supplier<CatalogPlatform> probes;
    private final List<Command.Kind> steps = new ArrayList<>();
    private int step;
    private String planId;
    private long version = -1;
    private final List<String> objectiveIds = new ArrayList<>();
    private final List<String> targetIds = new ArrayList<>();
    private final List<CatalogPlatform> chosen = new ArrayList<>();
    private final Map<String, List<String>> targetsOfChoice = new LinkedHashMap<>();
    private boolean failed;

    /** How many of each step a plan has. */
    public record Scale(int objectives, int targets, int choices, int attendances) {
        public int commands() {
            return 1 + objectives + targets + choices + attendances;
        }
    }

    public PlanScript(Org org, Rep rep, Scale scale, Supplier<CatalogPlatform> probes) {
        this.org = org;
        this.rep = rep;
        this.scale = scale;
        this.probes = probes;
        steps.add(Command.Kind.CREATE_PLAN);
        for (int i = 0; i < scale.objectives(); i++) {
            steps.add(Command.Kind.DEFINE_OBJECTIVE);
        }
        for (int i = 0; i < scale.targets(); i++) {
            steps.add(Command.Kind.IDENTIFY_TARGET);
        }
        for (int i = 0; i < scale.choices(); i++) {
            steps.add(Command.Kind.CHOOSE_PLATFORM);
        }
        for (int i = 0; i < scale.attendances(); i++) {
            steps.add(Command.Kind.RECORD_ATTENDANCE);
        }
    }

    @Override
    public Rep rep() {
        return rep;
    }

    public String planId() {
        return planId;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean done() {
        return failed || step >= steps.size();
    }

    @Override
    public Command next() {
        Command.Kind kind = steps.get(step);
        return switch (kind) {
            case CREATE_PLAN -> new Command(kind, "/api/v1/plans", Map.of(
                    "title", "Plan of " + rep.userId(),
                    "periodStart", org.periodStart().toString(),
                    "periodEnd", org.periodEnd().toString(),
                    "hoursBudget", scale.choices() * plannedHoursPerChoice() + SPARE_BUDGET_HOURS), null);
            case DEFINE_OBJECTIVE -> new Command(kind, plan("/objectives"), Map.of(
                    "statement", Vocabulary.pick(Vocabulary.STATEMENTS, objectiveIds.size()),
                    "outcome", "Three discovery meetings for the next quarter's pipeline",
                    "metric", "decision makers met",
                    "target", OBJECTIVE_TARGET,
                    "deadline", org.deadline().toString()), null);
            case IDENTIFY_TARGET -> identifyTarget(kind);
            case CHOOSE_PLATFORM -> choosePlatform(kind);
            case RECORD_ATTENDANCE -> recordAttendance(kind);
            case CREATE_TALLY, ADD_TO_TALLY -> throw new IllegalStateException("not a plan's command: " + kind);
        };
    }

    /** A refusal ends the script (and is counted by the caller). */
    @Override
    public void accept(Command command, Answer answer) {
        step++;
        if (!answer.ok()) {
            failed = true;
            return;
        }
        version = Math.max(version, answer.version());
        switch (command.kind()) {
            case CREATE_PLAN -> {
                planId = answer.text("planId");
                version = 0;
            }
            case DEFINE_OBJECTIVE -> objectiveIds.add(answer.text("objectiveId"));
            case IDENTIFY_TARGET -> targetIds.add(answer.text("targetId"));
            default -> {
            }
        }
    }

    private Command identifyTarget(Command.Kind kind) {
        int i = targetIds.size();
        int seed = rep.index() + i;
        return new Command(kind, plan("/targets"), Map.of(
                "objectiveId", objectiveIds.get(i % objectiveIds.size()),
                "profile", Map.of(
                        "function", Vocabulary.pick(Vocabulary.FUNCTIONS, seed),
                        "position", Vocabulary.pick(Vocabulary.POSITIONS, seed / 2),
                        "industry", Vocabulary.pick(Vocabulary.INDUSTRIES, seed / 3)),
                "priority", 1 + i % 5,
                "rationale", "they decide on what we sell"), null);
    }

    private Command choosePlatform(Command.Kind kind) {
        int c = chosen.size();
        CatalogPlatform probe = probes == null ? null : probes.get();
        List<CatalogPlatform> regular = org.regularPlatforms();
        CatalogPlatform platform = probe != null ? probe
                : regular.get(Math.floorMod(rep.index() * scale.choices() + c, regular.size()));
        List<String> serves = List.of(targetIds.get(c % targetIds.size()),
                targetIds.get((c + 1) % targetIds.size())).stream().distinct().toList();
        chosen.add(platform);
        targetsOfChoice.put(platform.platformId(), serves);
        return new Command(kind, plan("/platforms"), Map.of(
                "platformId", platform.platformId(),
                "targetIds", serves,
                "arriveEarlyMinutes", EARLY_MINUTES,
                "stayLateMinutes", LATE_MINUTES), probe);
    }

    private Command recordAttendance(Command.Kind kind) {
        int a = (int) steps.subList(0, step).stream().filter(s -> s == Command.Kind.RECORD_ATTENDANCE).count();
        CatalogPlatform platform = chosen.get(a);
        String target = targetsOfChoice.get(platform.platformId()).get(0);
        List<Map<String, Object>> people = new ArrayList<>();
        for (int p = 0; p < PEOPLE_MET_PER_ATTENDANCE; p++) {
            int seed = rep.index() * 31 + a * 7 + p;
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", "Person " + rep.index() + "-" + a + "-" + p);
            person.put("company", "Company " + seed % 500);
            person.put("function", Vocabulary.pick(Vocabulary.FUNCTIONS, seed));
            person.put("position", Vocabulary.pick(Vocabulary.POSITIONS, seed));
            person.put("industry", Vocabulary.pick(Vocabulary.INDUSTRIES, seed));
            person.put("email", "person." + rep.index() + "." + a + "." + p + "@example.com");
            person.put("targetId", target);
            people.add(person);
        }
        return new Command(kind, plan("/attendance"), Map.of(
                "platformId", platform.platformId(),
                "arrivedAt", platform.programStartsAt().minus(Duration.ofMinutes(EARLY_MINUTES)).toString(),
                "leftAt", platform.programEndsAt().plus(Duration.ofMinutes(LATE_MINUTES)).toString(),
                "contactsMet", people,
                "notes", "Best talks were at the coffee table before the programme"), null);
    }

    private String plan(String suffix) {
        return "/api/v1/plans/" + planId + suffix;
    }

    private static double plannedHoursPerChoice() {
        return CatalogBuilder.PROGRAMME.toMinutes() / 60.0 + (EARLY_MINUTES + LATE_MINUTES) / 60.0;
    }
}
