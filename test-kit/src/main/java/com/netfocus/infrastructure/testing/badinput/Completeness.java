package com.netfocus.infrastructure.testing.badinput;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Holds a bad-input table to the service it tests, read from the service's own request mappings: every endpoint
 * that takes input (a body, a path variable, a query parameter) needs a row, every query parameter it reads needs a
 * declaration in that row, a raw-body endpoint needs an upload row, and no row may name an endpoint the service does
 * not serve. A new endpoint without a row fails the build, naming it.
 */
public final class Completeness {

    private static final String API = "/api/";
    /** A handler that takes the request itself reads its body raw (a file upload). */
    private static final String SERVLET_REQUEST = "jakarta.servlet.http.HttpServletRequest";

    private Completeness() {
    }

    /** What the table lacks or has in excess; empty when it covers the service exactly. */
    public static List<String> gaps(RequestMappingHandlerMapping mappings, List<Row> rows) {
        Map<String, Row> byName = byName(rows);
        List<String> gaps = new ArrayList<>();
        Set<String> served = new TreeSet<>();
        endpoints(mappings, (name, handler) -> {
            served.add(name);
            gaps.addAll(gapsOf(name, handler, name.contains("{"), byName.get(name)));
        });
        byName.keySet().stream().filter(name -> !served.contains(name))
                .forEach(name -> gaps.add(name + ": a row for an endpoint the service does not serve"));
        return gaps;
    }

    /** Every API endpoint the service serves, named as its row would be ({@code "GET /api/v1/plans/{planId}"}). */
    public static Set<String> served(RequestMappingHandlerMapping mappings) {
        Set<String> served = new TreeSet<>();
        endpoints(mappings, (name, handler) -> served.add(name));
        return served;
    }

    static Map<String, Row> byName(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(Row::name, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static void endpoints(RequestMappingHandlerMapping mappings, BiConsumer<String, HandlerMethod> each) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith(API)) {
                    for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                        each.accept(method.name() + " " + pattern, mapping.getValue());
                    }
                }
            }
        }
    }

    private static List<String> gapsOf(String name, HandlerMethod handler, boolean pathVariables, Row row) {
        List<String> gaps = new ArrayList<>();
        boolean body = false;
        boolean rawBody = false;
        List<String> parameters = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = true;
            } else if (parameter.getParameterType().getName().equals(SERVLET_REQUEST)) {
                rawBody = true;
            } else if (param != null && MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                rawBody = true;
            } else if (param != null) {
                String given = param.name().isEmpty() ? param.value() : param.name();
                parameters.add(given.isEmpty() ? parameter.getParameterName() : given);
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    && parameter.getParameterType().isRecord()) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    parameters.add(component.getName());
                }
            } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
                pathVariables = true;
            }
        }
        if (!body && !rawBody && !pathVariables && parameters.isEmpty()) {
            return gaps;
        }
        if (row == null) {
            gaps.add(name + ": takes input but has no row in the bad-input table");
            return gaps;
        }
        for (String parameter : parameters) {
            if (!row.query().containsKey(parameter)) {
                gaps.add(name + ": query parameter " + parameter + " is not in its row");
            }
        }
        if (rawBody && !row.isUpload()) {
            gaps.add(name + ": reads a file, but its row is not an upload");
        }
        return gaps;
    }
}
