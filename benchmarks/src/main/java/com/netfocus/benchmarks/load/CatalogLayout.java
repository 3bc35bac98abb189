package com.netfocus.benchmarks.load;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where the benchmark's platforms lie in time and whom they gather, so that every plan's choices and attendances
 * obey planning's rules: a platform is chosen only while its programme has not ended, for targets its audience holds,
 * its stay overlapping no other choice of the plan, and attendance is logged once it has happened, no earlier than the
 * hours an org allows before the programme. Platform {@code k} of the catalog is, in this order:
 * <ul>
 *     <li>attendable: programmes of {@link #ATTENDABLE_PROGRAMME} back to back from {@code attendableFrom} for
 *     {@link #ATTENDABLE_HORIZON}, one per profile in each slot. A plan chooses the next ones still ahead as it
 *     chooses, and logs attendance there right after, as a stay shortly before its commands (arriving a few hours
 *     before the programme, within the six an org allows by default). The ones still ahead move on with the clock:
 *     a run that goes on opening plans for longer than the horizon allows runs out of them and says so;</li>
 *     <li>upcoming: programmes of {@link #UPCOMING_PROGRAMME} in {@link #UPCOMING_SLOT} slots from a day after the
 *     last attendable one, one per profile in each slot: the choices a plan does not attend;</li>
 *     <li>probes: one slot each after the upcoming ones, chosen only by the lag probes (a slot each, so that a plan
 *     may take several without overlap).</li>
 * </ul>
 * Profiles: as many as a plan has targets. Target {@code i} of rep {@code r} has profile {@code (r + i) mod
 * profiles}; a platform of profile {@code p} gathers profiles {@code p}, {@code p + 1} and {@code p + 2}, so that
 * every plan has two targets each platform serves.
 */
public record CatalogLayout(int profiles, int platforms, int probes, Instant attendableFrom) {

    static final Duration ATTENDABLE_PROGRAMME = Duration.ofMinutes(20);
    static final Duration ATTENDABLE_HORIZON = Duration.ofHours(8);
    static final Duration UPCOMING_SLOT = Duration.ofHours(3);
    static final Duration UPCOMING_PROGRAMME = Duration.ofHours(2);
    static final int ATTENDABLE_SLOTS = (int) (ATTENDABLE_HORIZON.toMinutes() / ATTENDABLE_PROGRAMME.toMinutes());
    private static final Duration UPCOMING_AFTER_ATTENDABLE = Duration.ofDays(1);
    /** Each profile's share of a platform's audience: its own, the next and the one after. */
    private static final List<Double> SHARES = List.of(0.3, 0.2, 0.1);

    public CatalogLayout {
        if (profiles < 1 || probes < 0 || platforms < attendableCount(profiles) + probes + profiles) {
            throw new IllegalArgumentException("a catalog of " + platforms + " platforms cannot hold the "
                    + attendableCount(profiles) + " attendable ones, " + probes + " probes and a slot of "
                    + profiles + " upcoming ones");
        }
    }

    /** A layout whose attendable programmes begin a minute from now (on the minute). */
    public static CatalogLayout startingNow(int profiles, int platforms, int probes) {
        return new CatalogLayout(profiles, platforms, probes,
                Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES));
    }

    /** The fewest platforms a catalog needs for plans of this many targets and choices they do not attend. */
    public static int minimumPlatforms(int targets, int unattendedChoices, int probes) {
        return attendableCount(targets) + probes + targets * Math.max(1, unattendedChoices);
    }

    /** What platform {@code k} is: its programme and whom it gathers. */
    public record Spec(Instant programStartsAt, Instant programEndsAt, int profile, List<Map<String, Object>> audience) {
    }

    public Spec spec(int k) {
        int attendable = attendableCount(profiles);
        int upcoming = platforms - attendable - probes;
        if (k < attendable) {
            Instant starts = attendableFrom.plus(ATTENDABLE_PROGRAMME.multipliedBy(k / profiles));
            return spec(starts, starts.plus(ATTENDABLE_PROGRAMME), k % profiles);
        }
        if (k < attendable + upcoming) {
            int u = k - attendable;
            return upcoming(u / profiles, u % profiles);
        }
        int probe = k - attendable - upcoming;
        return upcoming(slotsBeforeProbes() + probe, probe % profiles);
    }

    public int attendableSlots() {
        return ATTENDABLE_SLOTS;
    }

    /** Slots of upcoming platforms with one of every profile: the ones plans choose. */
    public int upcomingSlots() {
        return (platforms - attendableCount(profiles) - probes) / profiles;
    }

    int attendableIndex(int slot, int profile) {
        return slot * profiles + profile;
    }

    int upcomingIndex(int slot, int profile) {
        return attendableCount(profiles) + slot * profiles + profile;
    }

    /** The indexes of the probe platforms, the catalog's last. */
    int firstProbe() {
        return platforms - probes;
    }

    /** The first attendable slot whose programme starts at {@code moment} or later. */
    int firstAttendableSlotFrom(Instant moment) {
        long ahead = Duration.between(attendableFrom, moment).toMillis();
        return ahead <= 0 ? 0 : (int) ((ahead + ATTENDABLE_PROGRAMME.toMillis() - 1) / ATTENDABLE_PROGRAMME.toMillis());
    }

    /** The day after the last programme (the catalog's last platform): a plan period must reach it. */
    public LocalDate dayAfterLastProgramme() {
        return LocalDate.ofInstant(spec(platforms - 1).programEndsAt(), ZoneOffset.UTC).plusDays(1);
    }

    /** Target profile {@code q}: a function, a position and an industry. */
    static Map<String, Object> profile(int q) {
        return Map.of("function", Vocabulary.pick(Vocabulary.FUNCTIONS, q),
                "position", Vocabulary.pick(Vocabulary.POSITIONS, q),
                "industry", Vocabulary.pick(Vocabulary.INDUSTRIES, q / 2));
    }

    /** The profiles a platform of profile {@code p} gathers. */
    List<Integer> gathered(int p) {
        return IntStream.range(0, SHARES.size()).mapToObj(next -> Math.floorMod(p + next, profiles)).toList();
    }

    private Spec upcoming(int slot, int profile) {
        Instant slotStarts = upcomingFrom().plus(UPCOMING_SLOT.multipliedBy(slot));
        Instant starts = slotStarts.plus(UPCOMING_SLOT.minus(UPCOMING_PROGRAMME).dividedBy(2));
        return spec(starts, starts.plus(UPCOMING_PROGRAMME), profile);
    }

    private Spec spec(Instant starts, Instant ends, int profile) {
        List<Integer> gathered = gathered(profile);
        List<Map<String, Object>> audience = new ArrayList<>();
        for (int i = 0; i < gathered.size(); i++) {
            Map<String, Object> segment = new LinkedHashMap<>(profile(gathered.get(i)));
            segment.put("share", SHARES.get(i));
            audience.add(segment);
        }
        return new Spec(starts, ends, profile, audience);
    }

    private Instant upcomingFrom() {
        return attendableFrom.plus(ATTENDABLE_HORIZON).plus(UPCOMING_AFTER_ATTENDABLE).truncatedTo(ChronoUnit.HOURS);
    }

    /** Upcoming slots up to the probes' first: the full ones and a last partial one. */
    private int slotsBeforeProbes() {
        int upcoming = platforms - attendableCount(profiles) - probes;
        return (upcoming + profiles - 1) / profiles;
    }

    private static int attendableCount(int profiles) {
        return ATTENDABLE_SLOTS * profiles;
    }
}
