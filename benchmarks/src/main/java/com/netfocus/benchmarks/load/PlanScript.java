package com.netfocus.benchmarks.load;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The life of one rep's plan, command by command, as a client would drive it, each command valid for planning:
 * create the plan, define its objectives (SMART-valid: people named, deadline inside the period), identify targets
 * (a profile each, CatalogLayout's), choose platforms (each for the two targets its audience holds, within the hours
 * budget, no stay overlapping another), and log attendance at the first chosen ones, once each, with two people met.
 * The attended choices are the catalog's attendable platforms next ahead of the clock as they are chosen; their
 * attendances are stays that have just happened, one after the other before the moment they are logged. The others
 * are upcoming platforms, or the lag probes' platforms. Each command depends on ids from earlier answers, so one
 * plan's commands run one after the other.
 */
public final class PlanScript implements Script {

    static final int EARLY_MINUTES = 30;
    static final int LATE_MINUTES = 30;
    static final double SPARE_BUDGET_HOURS = 10;
    static final int OBJECTIVE_TARGET = 10;
    static final int PEOPLE_MET_PER_ATTENDANCE = 2;
    /** How far ahead of a choice the programme of an attendable platform chosen starts, at the least. */
    static final Duration CHOICE_AHEAD = Duration.ofMinutes(1);
    /** An attendance's stay, and the time from one arrival to the next: the last one ends a minute before it is logged. */
    static final Duration STAY = Duration.ofMinutes(4);
    static final Duration BETWEEN_ARRIVALS = Duration.ofMinutes(5);

    private final Org org;
    private final Rep rep;
    private final Scale scale;
    private final Supplier<CatalogPlatform> probes;
    private final Supplier<Instant> clock;
    private final List<Command.Kind> steps = new ArrayList<>();
    private int step;
    private int lastAttendableSlot = -1;
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

        /** The choices a plan does not attend: the only ones a lag probe's platform may take. */
        public int unattendedChoices() {
            return choices - attendances;
        }
    }

    /** {@code probes} supplies the lag probes' platforms for choices not attended (null: none). */
    public PlanScript(Org org, Rep rep, Scale scale, Supplier<CatalogPlatform> probes) {
        this(org, rep, scale, probes, Instant::now);
    }

    /** {@code clock}: the moments the script chooses and logs attendance at. */
    PlanScript(Org org, Rep rep, Scale scale, Supplier<CatalogPlatform> probes, Supplier<Instant> clock) {
        if (scale.targets() != org.layout().profiles()) {
            throw new IllegalArgumentException("the catalog's layout has " + org.layout().profiles()
                    + " profiles, a plan " + scale.targets() + " targets: one each");
        }
        this.org = org;
        this.rep = rep;
        this.scale = scale;
        this.probes = probes;
        this.clock = clock;
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
                    "hoursBudget", plannedHours() + SPARE_BUDGET_HOURS), null);
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
        return new Command(kind, plan("/targets"), Map.of(
                "objectiveId", objectiveIds.get(i % objectiveIds.size()),
                "profile", CatalogLayout.profile(profileOfTarget(i)),
                "priority", 1 + i % 5,
                "rationale", "they decide on what we sell"), null);
    }

    /** The attended choices come first, and take attendable platforms; the others upcoming ones, or a probe's. */
    private Command choosePlatform(Command.Kind kind) {
        int c = chosen.size();
        boolean attended = c < scale.attendances();
        CatalogPlatform probe = attended || probes == null ? null : probes.get();
        CatalogPlatform platform = probe != null ? probe : attended ? nextAttendable(c) : upcoming(c);
        // the platform gathers its own profile's people and the next profile's: the targets of those profiles
        int target = Math.floorMod(platform.profile() - rep.index(), scale.targets());
        List<String> serves = List.of(targetIds.get(target), targetIds.get((target + 1) % scale.targets()))
                .stream().distinct().toList();
        chosen.add(platform);
        targetsOfChoice.put(platform.platformId(), serves);
        // attendable programmes follow each other without a gap: their stays are the programmes alone
        return new Command(kind, plan("/platforms"), Map.of(
                "platformId", platform.platformId(),
                "targetIds", serves,
                "arriveEarlyMinutes", attended ? 0 : EARLY_MINUTES,
                "stayLateMinutes", attended ? 0 : LATE_MINUTES), probe);
    }

    /** The next attendable slot still ahead (after this plan's last one: their programmes follow each other). */
    private CatalogPlatform nextAttendable(int c) {
        CatalogLayout layout = org.layout();
        int slot = Math.max(lastAttendableSlot + 1, layout.firstAttendableSlotFrom(clock.get().plus(CHOICE_AHEAD)));
        if (slot >= layout.attendableSlots()) {
            throw new IllegalStateException("the catalog's attendable platforms lie behind the clock: a run opens plans"
                    + " for at most about " + CatalogLayout.ATTENDABLE_HORIZON.toHours() + " hours after its catalog"
                    + " was built");
        }
        lastAttendableSlot = slot;
        return org.attendable(slot, profileOfTarget(c));
    }

    /** Consecutive upcoming slots from one that depends on the rep: each choice of the plan in a slot of its own. */
    private CatalogPlatform upcoming(int c) {
        int slots = org.layout().upcomingSlots();
        int unattended = c - scale.attendances();
        return org.upcoming(Math.floorMod(rep.index() * scale.unattendedChoices() + unattended, slots),
                profileOfTarget(c));
    }

    /** Target {@code i}'s profile; choice {@code c} takes a platform of target {@code c}'s (modulo the targets). */
    private int profileOfTarget(int i) {
        return Math.floorMod(rep.index() + i, scale.targets());
    }

    /**
     * The attendances follow each other, the last one ending {@link #BETWEEN_ARRIVALS} minus {@link #STAY} before
     * now: each has happened, inside the period and a few hours at most before its programme.
     */
    private Command recordAttendance(Command.Kind kind) {
        int a = (int) steps.subList(0, step).stream().filter(s -> s == Command.Kind.RECORD_ATTENDANCE).count();
        CatalogPlatform platform = chosen.get(a);
        String target = targetsOfChoice.get(platform.platformId()).get(0);
        Instant arrived = clock.get().minus(BETWEEN_ARRIVALS.multipliedBy(scale.attendances() - a))
                .truncatedTo(ChronoUnit.SECONDS);
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
                "arrivedAt", arrived.toString(),
                "leftAt", arrived.plus(STAY).toString(),
                "contactsMet", people,
                "notes", "Best talks were at the coffee table before the programme"), null);
    }

    private String plan(String suffix) {
        return "/api/v1/plans/" + planId + suffix;
    }

    /** The hours every choice plans: an attendable programme, or an upcoming one with the minutes around it. */
    private double plannedHours() {
        double attended = CatalogLayout.ATTENDABLE_PROGRAMME.toMinutes() / 60.0;
        double unattended = CatalogLayout.UPCOMING_PROGRAMME.toMinutes() / 60.0 + (EARLY_MINUTES + LATE_MINUTES) / 60.0;
        return scale.attendances() * attended + scale.unattendedChoices() * unattended;
    }
}
