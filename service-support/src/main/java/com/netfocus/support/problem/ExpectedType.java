package com.netfocus.support.problem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a field expects, in the API's words rather than the Java type behind it: a client reads "a whole number",
 * never {@code java.lang.Integer}.
 */
public final class ExpectedType {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, java.math.BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
            java.math.BigDecimal.class);
    private static final Set<Class<?>> INSTANTS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    private ExpectedType() {
    }

    /** E.g. "a whole number", "a date such as 2030-01-31", "one of PHONE, EMAIL, IN_PERSON". */
    public static String of(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (NUMBERS.contains(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a text in double quotes";
        }
        if (INSTANTS.contains(type)) {
            return "a date and time with its offset, such as 2030-01-31T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2030-01-31";
        }
        if (type == LocalTime.class) {
            return "a time such as 09:30";
        }
        if (type == Duration.class) {
            return "a duration such as PT30M";
        }
        if (type == UUID.class) {
            return "an id such as 3f2b8c4e-1d2a-4b7e-9c1f-0a2b3c4d5e6f";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list in [ ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "an object in { }";
        }
        return "a value of another kind";
    }

    /** The bounds of a whole number type, e.g. " from -2147483648 to 2147483647"; empty for other types. */
    public static String rangeOf(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "";
    }
}
