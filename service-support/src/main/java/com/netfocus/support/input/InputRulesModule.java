package com.netfocus.support.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Optional;

/**
 * The input rules every JSON body passes before a controller sees it, whatever the field:
 * strings by {@link TextKind} (the field's name says which), numbers finite (no NaN or Infinity, whether sent as
 * {@code 1e400} or as the string "NaN"), instants written as ISO-8601 text with a zone, never as epoch numbers,
 * and dates as ISO-8601 text, never as arrays or numbers. A refusal is a {@link RefusedValueException} on the
 * field's path: 400 naming the field.
 */
public class InputRulesModule extends SimpleModule {

    private static final CheckedDeserializer.Rule<Object> INSTANT_TEXT =
            isoTextOnly("an ISO-8601 instant with a zone, such as 2026-11-26T09:30:00Z");
    private static final CheckedDeserializer.Rule<Object> DATE_TEXT = isoTextOnly("an ISO-8601 date such as 2026-11-26");

    public InputRulesModule(InputProperties properties) {
        super("netfocus-input-rules");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new CheckedDeserializer<>(String.class, (JsonDeserializer<String>) deserializer,
                            (parser, text, property) -> properties.kindOf(property).refusal(text), null);
                }
                if (type == Double.class || type == double.class || type == Float.class || type == float.class
                        || type == BigDecimal.class) {
                    return new CheckedDeserializer<>((Class<Number>) type, (JsonDeserializer<Number>) deserializer,
                            InputRulesModule::finite, null);
                }
                if (type == Instant.class) {
                    return new CheckedDeserializer<>(Instant.class, (JsonDeserializer<Instant>) deserializer,
                            (parser, instant, property) -> codeText(parser, instant, property)
                                    .or(() -> INSTANT_TEXT.refusal(parser, instant, property)), null);
                }
                if (Temporal.class.isAssignableFrom(type)) {
                    return new CheckedDeserializer<>((Class<Object>) type, (JsonDeserializer<Object>) deserializer,
                            (parser, date, property) -> codeText(parser, date, property)
                                    .or(() -> DATE_TEXT.refusal(parser, date, property)), null);
                }
                return deserializer;
            }

            @Override
            @SuppressWarnings("unchecked")
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new CheckedDeserializer<>((Class<Object>) type.getRawClass(),
                        (JsonDeserializer<Object>) deserializer, InputRulesModule::codeText, null);
            }
        });
    }

    /**
     * Dates, instants and enum names are codes: Jackson trims the text before parsing it, which would let a control
     * character at either end through, so the raw text is checked first.
     */
    private static Optional<String> codeText(JsonParser parser, Object value, String property) {
        try {
            return value == null && parser.currentToken() == JsonToken.VALUE_STRING
                    ? TextKind.CODE.refusal(parser.getText()) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> finite(JsonParser parser, Number number, String property) {
        // 1e400 is read as Infinity into a double, and as a number no client can use into a BigDecimal
        return number != null && !Double.isFinite(number.doubleValue())
                ? Optional.of("must be a finite number within the range of a double (not NaN or Infinity)")
                : Optional.empty();
    }

    /**
     * Dates and instants are ISO-8601 text: Jackson would also read an instant from an epoch number, and a date from
     * an array ([2026,11,26], and [] as no date at all) or a number.
     */
    private static CheckedDeserializer.Rule<Object> isoTextOnly(String form) {
        return (parser, value, property) -> value == null && parser.currentToken() != JsonToken.VALUE_STRING
                && parser.currentToken() != JsonToken.VALUE_NULL
                ? Optional.of("must be " + form) : Optional.empty();
    }
}
