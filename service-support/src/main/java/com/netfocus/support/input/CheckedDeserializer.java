package com.netfocus.support.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.Optional;

/**
 * Jackson's own deserializer of a type, followed by an input rule on the value it read. The rule may depend on the
 * property (a field's name says what kind of text it holds), so the property is kept when Jackson contextualises.
 */
final class CheckedDeserializer<T> extends StdDeserializer<T> implements ContextualDeserializer, ResolvableDeserializer {

    /** The rule: why a value read for the property is refused, or empty; it may also look at the raw token. */
    interface Rule<T> {
        Optional<String> refusal(JsonParser parser, T value, String property);
    }

    private final JsonDeserializer<T> delegate;
    private final Rule<T> rule;
    private final String property;

    CheckedDeserializer(Class<T> type, JsonDeserializer<T> delegate, Rule<T> rule, String property) {
        super(type);
        this.delegate = delegate;
        this.rule = rule;
        this.property = property;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty beanProperty)
            throws JsonMappingException {
        JsonDeserializer<T> contextual = delegate instanceof ContextualDeserializer inner
                ? (JsonDeserializer<T>) inner.createContextual(context, beanProperty) : delegate;
        String name = beanProperty == null ? null : beanProperty.getName();
        return new CheckedDeserializer<>((Class<T>) handledType(), contextual, rule, name);
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
        if (delegate instanceof ResolvableDeserializer resolvable) {
            resolvable.resolve(context);
        }
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Optional<String> beforeReading = rule.refusal(parser, null, property);
        if (beforeReading.isPresent()) {
            throw new RefusedValueException(parser, beforeReading.get(), handledType());
        }
        T value = delegate.deserialize(parser, context);
        Optional<String> refusal = value == null ? Optional.empty() : rule.refusal(parser, value, property);
        if (refusal.isPresent()) {
            throw new RefusedValueException(parser, refusal.get(), handledType());
        }
        return value;
    }

    @Override
    public T getNullValue(DeserializationContext context) throws JsonMappingException {
        return delegate.getNullValue(context);
    }
}
