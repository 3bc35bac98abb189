package com.netfocus.planning.objective;

import com.netfocus.contracts.plan.SmartVerdict;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.planning.limits.SmartRules;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges whether an objective is SMART. Pure: "today" is given, never read, so that the aggregate stays
 * deterministic and an assessment can be repeated.
 */
public final class SmartAssessment {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private final SmartRules rules;
    private final List<String> unfocusedPhrases;
    private final List<String> vocabulary;

    public SmartAssessment(SmartRules rules) {
        this.rules = rules;
        this.unfocusedPhrases = rules.unfocusedPhrases().stream().map(SmartAssessment::normalise).toList();
        this.vocabulary = rules.peopleVocabulary().stream().map(SmartAssessment::normalise).toList();
    }

    public SmartVerdicts assess(ObjectiveDraft draft, PlanFrame plan, LocalDate today) {
        return assess(draft, plan, today, rules.peopleMetPerHour());
    }

    /** The assessment with an org's own reference rate of people met per hour (Achievable). */
    public SmartVerdicts assess(ObjectiveDraft draft, PlanFrame plan, LocalDate today, double peopleMetPerHour) {
        return new SmartVerdicts(specific(draft.statement()), measurable(draft.metric(), draft.target()),
                achievable(draft.target(), plan.hoursBudget(), peopleMetPerHour),
                realistic(draft.deadline(), plan.periodStart(), today), timely(draft.deadline(), plan, today));
    }

    SmartVerdict specific(String statement) {
        if (statement == null || statement.isBlank()) {
            return SmartVerdict.failed("the statement is empty: say what you seek and from whom");
        }
        String text = " " + normalise(statement) + " ";
        Optional<String> unfocused = unfocusedPhrases.stream().filter(p -> text.contains(" " + p + " ")).findFirst();
        if (unfocused.isPresent()) {
            return SmartVerdict.failed("\"" + statement.strip() + "\" is an unfocused reason, not an objective: "
                    + "say what you want to learn or achieve and from which people");
        }
        Optional<String> people = namedPeople(text);
        return people.map(p -> SmartVerdict.met("names the people to meet: " + p))
                .orElseGet(() -> SmartVerdict.failed("name the kind of people to meet: a role, function or industry "
                        + "(e.g. CFOs of hospitals) or a group of people (e.g. members of the Rotary club); a place or "
                        + "a name alone says where, not whom"));
    }

    SmartVerdict measurable(String metric, Integer target) {
        if (metric == null || metric.isBlank()) {
            return SmartVerdict.failed("say what you will count (the metric)");
        }
        if (target == null || target <= 0) {
            return SmartVerdict.failed("the target must be a positive number");
        }
        if (target > rules.maxTarget()) {
            return SmartVerdict.failed("a target of " + target + " is not credible; at most " + rules.maxTarget());
        }
        return SmartVerdict.met(target + " " + metric.strip());
    }

    SmartVerdict achievable(Integer target, Double hoursBudget) {
        return achievable(target, hoursBudget, rules.peopleMetPerHour());
    }

    SmartVerdict achievable(Integer target, Double hoursBudget, double peopleMetPerHour) {
        if (target == null || target <= 0) {
            return SmartVerdict.failed("no positive target to compare with the hours budget");
        }
        if (hoursBudget == null) {
            return SmartVerdict.met("no hours budget given to compare with");
        }
        double reachable = hoursBudget * peopleMetPerHour;
        if (target > reachable) {
            return SmartVerdict.failed(target + " in " + format(hoursBudget) + " budgeted hours needs "
                    + format(target / hoursBudget) + " per hour; about " + format(peopleMetPerHour)
                    + " per hour is a realistic pace (at most " + format(reachable) + ")");
        }
        return SmartVerdict.met("fits the hours budget: at most " + format(reachable) + " at "
                + format(peopleMetPerHour) + " per hour");
    }

    SmartVerdict realistic(LocalDate deadline, LocalDate periodStart, LocalDate today) {
        if (deadline == null) {
            return SmartVerdict.failed("no deadline");
        }
        LocalDate from = periodStart != null && periodStart.isAfter(today) ? periodStart : today;
        long days = ChronoUnit.DAYS.between(from, deadline);
        if (days < rules.minDaysToDeadline()) {
            return SmartVerdict.failed("leaves " + days + " days from " + from + "; allow at least "
                    + rules.minDaysToDeadline() + " to find and meet the people");
        }
        return SmartVerdict.met(days + " days from " + from);
    }

    SmartVerdict timely(LocalDate deadline, PlanFrame plan, LocalDate today) {
        if (deadline == null) {
            return SmartVerdict.failed("set a deadline");
        }
        if (!deadline.isAfter(today)) {
            return SmartVerdict.failed("the deadline " + deadline + " is not in the future");
        }
        if (plan.periodStart() != null && deadline.isBefore(plan.periodStart())
                || plan.periodEnd() != null && deadline.isAfter(plan.periodEnd())) {
            return SmartVerdict.failed("the deadline " + deadline + " lies outside the plan period "
                    + plan.periodStart() + " to " + plan.periodEnd());
        }
        return SmartVerdict.met("due " + deadline);
    }

    /**
     * A word of the people vocabulary (a role, function, industry, or a group of people such as members or a club),
     * alone or as a plural. A capitalised word is not enough: "the Hilton" names a place, not the people to meet.
     */
    private Optional<String> namedPeople(String normalised) {
        return vocabulary.stream()
                .filter(v -> normalised.contains(" " + v + " ") || normalised.contains(" " + v + "s "))
                .findFirst();
    }

    /** Lower case, accents and punctuation removed: "I don't know, I'm just networking!" -> "i don t know i m just networking". */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
