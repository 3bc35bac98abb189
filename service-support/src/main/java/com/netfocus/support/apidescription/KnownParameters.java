package com.netfocus.support.apidescription;

import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.Map;

/**
 * What the parameters shared by several endpoints mean, so that a controller need not say it again: every path
 * variable and query parameter named {@code ...Id} is a UUID, and paging and read-your-writes parameters mean the
 * same everywhere. A controller's own {@code @Parameter} description wins.
 */
final class KnownParameters {

    private static final String ID_SUFFIX = "Id";
    private static final String UUID_FORMAT = "uuid";
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "minVersion", "The plan version a command of yours answered: the service waits (bounded) until it has "
                    + "applied that version, then answers; otherwise 503 with Retry-After, and you ask again with the "
                    + "same version.",
            "page", "The page, from 0. A page past the last item is empty; one lying deeper than the service's "
                    + "maximum offset (page × size beyond 10,000 items by default) is refused (400).",
            "size", "Items per page: the service's default when absent, refused (400) above its maximum.");

    void describe(Parameter parameter) {
        if (parameter.get$ref() != null || parameter.getName() == null) {
            return;
        }
        String name = parameter.getName();
        if (parameter.getDescription() == null && DESCRIPTIONS.containsKey(name)) {
            parameter.setDescription(DESCRIPTIONS.get(name));
        }
        boolean identifier = name.endsWith(ID_SUFFIX) && ("path".equals(parameter.getIn())
                || "query".equals(parameter.getIn()));
        if (identifier && parameter.getSchema() != null && parameter.getSchema().getFormat() == null) {
            parameter.getSchema().setFormat(UUID_FORMAT);
            if (parameter.getDescription() == null) {
                parameter.setDescription("A UUID; anything else is refused (400) before any lookup.");
            }
        }
        if (parameter.getSchema() != null && parameter.getSchema().getExample() == null) {
            ExampleValues.of(name, parameter.getSchema().getFormat()).ifPresent(parameter::setExample);
        }
    }
}
