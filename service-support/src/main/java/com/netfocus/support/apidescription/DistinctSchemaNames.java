package com.netfocus.support.apidescription;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses to describe two different types under one schema name. The description names a type's schema by its
 * simple name, and of two records called {@code Created} in two controllers the second would silently be described
 * as the first: the service's description fails instead, naming both, until one gets its own
 * {@code @Schema(name = ...)}.
 */
class DistinctSchemaNames implements ModelConverter {

    private static final String REFERENCE_PREFIX = "#/components/schemas/";

    private final Map<String, String> typesByName = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved != null && type.getType() != null) {
            String name = resolved.getName() != null ? resolved.getName() : referencedName(resolved);
            JavaType javaType = Json.mapper().constructType(type.getType());
            if (name != null && !javaType.isContainerType() && !javaType.isPrimitive()) {
                String typeName = javaType.toCanonical();
                String known = typesByName.putIfAbsent(name, typeName);
                if (known != null && !known.equals(typeName)) {
                    throw new IllegalStateException("two types would be described as the schema " + name + ": "
                            + known + " and " + typeName + "; give one its own @Schema(name = ...)");
                }
            }
        }
        return resolved;
    }

    private static String referencedName(Schema schema) {
        String reference = schema.get$ref();
        return reference != null && reference.startsWith(REFERENCE_PREFIX)
                ? reference.substring(REFERENCE_PREFIX.length()) : null;
    }
}
