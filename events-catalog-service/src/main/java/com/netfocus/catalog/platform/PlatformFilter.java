package com.netfocus.catalog.platform;

import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.RejectedInputException;
import org.springframework.data.mongodb.core.query.Criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Optional filters of the platform listing: its kind; {@code from} inclusive and {@code to} exclusive, on programme
 * start; words of {@code q}, each beginning a word of the name, the organiser or the location (without regard to
 * case); and an audience segment naming the {@code function}, {@code position} and {@code industry} given (each equal
 * without regard to case, all in one segment): platforms are chosen for who attends them.
 */
public record PlatformFilter(PlatformKind kind, Instant from, Instant to, String q, String function, String position,
                             String industry) {

    /** The longest text a filter takes. */
    static final int MAX_TEXT = TextLimits.SHORT;
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{Zs}]*");

    /** Only kind and programme window. */
    public PlatformFilter(PlatformKind kind, Instant from, Instant to) {
        this(kind, from, to, null, null, null, null);
    }

    /** Refuses a window ending before it starts, and text outside its form, naming the parameter. */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        checkText(errors, "q", q);
        checkText(errors, "function", function);
        checkText(errors, "position", position);
        checkText(errors, "industry", industry);
        if (!errors.isEmpty()) {
            throw new RejectedInputException(errors);
        }
    }

    /** The filter on the org's platforms, as a query. */
    Criteria criteria(String org) {
        Criteria criteria = where(Platform.ORG).is(org);
        if (kind != null) {
            criteria = criteria.and(Platform.KIND).is(kind);
        }
        if (from != null || to != null) {
            Criteria programStart = criteria.and(Platform.PROGRAM_STARTS_AT);
            if (from != null) {
                programStart = programStart.gte(from);
            }
            if (to != null) {
                programStart.lt(to);
            }
        }
        List<Criteria> all = new ArrayList<>();
        for (String word : words(q)) {
            String startsAWord = "(^|[^\\p{L}\\p{N}])" + Pattern.quote(word);
            all.add(new Criteria().orOperator(where(Platform.NAME).regex(startsAWord, "i"),
                    where(Platform.ORGANIZER).regex(startsAWord, "i"), where(Platform.LOCATION).regex(startsAWord, "i")));
        }
        Criteria segment = audienceSegment();
        if (segment != null) {
            all.add(where(Platform.AUDIENCE).elemMatch(segment));
        }
        return all.isEmpty() ? criteria : criteria.andOperator(all);
    }

    private Criteria audienceSegment() {
        Criteria segment = null;
        for (String[] field : new String[][]{{"function", function}, {"position", position},
                {"industry", industry}}) {
            if (field[1] != null && !field[1].isBlank()) {
                Criteria equal = where(field[0]).regex("^" + Pattern.quote(field[1].strip()) + "$", "i");
                segment = segment == null ? equal : new Criteria().andOperator(segment, equal);
            }
        }
        return segment;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
                .toList();
    }

    private static void checkText(List<FieldError> errors, String name, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(name, "must be at most " + MAX_TEXT + " characters"));
        } else if (!TEXT.matcher(value).matches()) {
            errors.add(new FieldError(name, "letters, digits, punctuation and spaces only"));
        }
    }
}
