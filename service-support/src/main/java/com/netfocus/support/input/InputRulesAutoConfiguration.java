package com.netfocus.support.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.netfocus.support.settings.Settings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One set of input rules for every servlet service: JSON is read strictly (no value of another type is coerced, no
 * number read as an enum, no date read leniently, nothing after the document), text by {@link TextKind}, numbers
 * finite, bodies within {@code netfocus.input.max-json-body}, path ids as UUIDs. A refusal is 400 (413 for the size)
 * problem+json naming the field; nothing reaches a controller, so nothing is stored.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class InputRulesAutoConfiguration implements WebMvcConfigurer {

    @Bean
    InputProperties inputProperties(Environment environment) {
        return Settings.bind(environment, InputProperties.PREFIX, InputProperties.class);
    }

    @Bean
    Module inputRulesModule(InputProperties properties) {
        return new InputRulesModule(properties);
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 2.5 people is not a count: refused, never truncated to 2
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .postConfigurer(mapper -> {
                    // "5" is not a number, 5 is not a text, 1 is not true
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    // a LocalDate with a time, or 2026-02-30, is refused instead of trimmed or rolled over
                    mapper.setDefaultLeniency(Boolean.FALSE);
                    // {"title":"a","title":"b"}: which one was meant? refused, naming the field
                    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                });
    }

    @Bean
    FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimitFilter(InputProperties properties) {
        FilterRegistrationBean<JsonBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new JsonBodyLimitFilter(properties.maxJsonBody()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IdPathVariables());
    }
}
