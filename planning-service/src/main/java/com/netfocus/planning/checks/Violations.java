package com.netfocus.planning.checks;

import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.ObjectiveEntry;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.RejectedInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects every broken rule of a command, so that the caller learns all of them at once. Besides the plain
 * {@link #check}, it holds the few checks every feature shares, so that each has one wording.
 */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations check(boolean ok, String field, String reason) {
        if (!ok) {
            errors.add(new FieldError(field, reason));
        }
        return this;
    }

    /** A value the command cannot do without; a blank text counts as missing. */
    public Violations require(String field, Object value) {
        boolean given = value instanceof String text ? !blank(text) : value != null;
        return check(given, field, "must be given");
    }

    /** Free text within the configured length; absent text fits (whether it is required is another rule). */
    public Violations checkLength(String field, String text, TextLimit limit) {
        return check(limit.fits(text), field, limit.tooLong());
    }

    /**
     * A person named by contact id must be one of the caller's org's contacts; {@code known} is what the local copy of
     * the contacts said before the command was sent. No contact id, nothing to check.
     */
    public Violations checkKnownContact(String field, String contactId, boolean known) {
        return check(blank(contactId) || known, field, "no contact " + contactId + " in your org's contacts: name a "
                + "contact you may see, or give the person's name instead");
    }

    /** A target named by id must be one of the plan's. */
    public Violations checkTarget(String field, String targetId, PlanState plan) {
        return check(plan.hasTarget(targetId), field, noTarget(targetId));
    }

    /** As {@link #checkTarget}, with why the target matters added to the reason. */
    public Violations checkTarget(String field, String targetId, PlanState plan, String why) {
        return check(plan.hasTarget(targetId), field, noTarget(targetId) + ": " + why);
    }

    /** A target id that may be left out (null), but when given must be one of the plan's. */
    public Violations checkOptionalTarget(String field, String targetId, PlanState plan) {
        return targetId == null ? this : checkTarget(field, targetId, plan);
    }

    /**
     * The refusal of new work for a closed (achieved or abandoned) objective; none when the objective is active or
     * unknown (whether it must exist is a rule of its own).
     */
    public static List<FieldError> openObjective(String field, ObjectiveEntry objective, String why) {
        if (objective == null || objective.active()) {
            return List.of();
        }
        return List.of(new FieldError(field, "objective " + objective.objectiveId() + " is "
                + objective.status().name().toLowerCase(Locale.ROOT)
                + ": closed objectives take no new work (" + why + ")"));
    }

    public Violations addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        rejectIfAny(errors);
    }

    /** Refuses the command (422 naming every field) when a rule class found anything. */
    public static void rejectIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RejectedInputException(List.copyOf(errors));
        }
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String noTarget(String targetId) {
        return "no target " + targetId + " in this plan";
    }
}
