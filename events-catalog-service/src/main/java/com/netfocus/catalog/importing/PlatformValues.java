package com.netfocus.catalog.importing;

import com.netfocus.catalog.platform.AudienceSegment;
import com.netfocus.catalog.platform.PlatformKind;
import com.netfocus.support.problem.FieldError;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the text of one row's values into the types of {@code AddPlatform}, the same way for CSV columns and
 * iCalendar properties. A value that cannot be read is recorded as a field error (and left null), so that a
 * row reports all its unreadable values at once. Empty text is "not given" (null), never an error here: the
 * platform's own rules decide what is required.
 */
final class PlatformValues {

    /** Separates audience segments: {@code function|position|industry=share; ...}. */
    static final String SEGMENT_SEPARATOR = ";";
    static final String PART_SEPARATOR = "|";
    static final String SHARE_SEPARATOR = "=";
    private static final List<String> TRUE = List.of("true", "yes", "y", "1");
    private static final List<String> FALSE = List.of("false", "no", "n", "0");

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void fail(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    PlatformKind kind(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        Optional<PlatformKind> kind = kindNamed(text);
        if (kind.isEmpty()) {
            fail(field, "'" + text + "' is not one of " + Arrays.toString(PlatformKind.values()));
        }
        return kind.orElse(null);
    }

    /** A kind by its name, ignoring case and reading spaces and hyphens as underscores ("chamber meeting"). */
    static Optional<PlatformKind> kindNamed(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(PlatformKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** An instant with its zone said: ISO-8601 with Z or an offset; a time without zone is refused, not guessed. */
    Instant instant(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            fail(field, "'" + text + "' is not a date-time with a zone, e.g. 2031-05-01T18:00:00+02:00 or 2031-05-01T16:00:00Z");
            return null;
        }
    }

    BigDecimal decimal(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            fail(field, "'" + text + "' is not a number (use a dot for decimals, no currency sign)");
            return null;
        }
    }

    Integer integer(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            fail(field, "'" + text + "' is not a whole number");
            return null;
        }
    }

    Boolean bool(String field, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (FALSE.contains(lower)) {
            return false;
        }
        fail(field, "'" + text + "' is neither true nor false");
        return null;
    }

    /** {@code function|position|industry=share; ...}; parts may be empty ({@code |Director|=0.2}); none is empty. */
    List<AudienceSegment> audience(String field, String value) {
        String text = text(value);
        List<AudienceSegment> segments = new ArrayList<>();
        if (text == null) {
            return segments;
        }
        for (String segment : text.split(SEGMENT_SEPARATOR)) {
            if (segment.isBlank()) {
                continue;
            }
            int equals = segment.lastIndexOf(SHARE_SEPARATOR);
            String[] parts = equals < 0 ? new String[0] : segment.substring(0, equals).split("\\|", -1);
            if (parts.length != 3) {
                fail(field, "segment '" + segment.strip() + "' must read function|position|industry=share");
                continue;
            }
            Double share;
            try {
                share = Double.valueOf(segment.substring(equals + 1).strip());
            } catch (NumberFormatException e) {
                fail(field, "segment '" + segment.strip() + "' has a share that is not a number");
                continue;
            }
            segments.add(new AudienceSegment(text(parts[0]), text(parts[1]), text(parts[2]), share));
        }
        return segments;
    }
}
