package com.netfocus.infrastructure.testing.badinput;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One endpoint of the bad-input table: its method and pattern as the controller maps them (the same
 * {@code "POST /api/v1/plans/{planId}/objectives"} names as the role matrices), how to make a valid request, its
 * query parameters, and what the sample cannot tell about its fields. Adding an endpoint is one line:
 * {@code Row.post("/api/v1/x/{id}", () -> Sample.of(Map.of("id", id), "{...}"))}.
 */
public final class Row {

    /** The JSON media type; uploads name their own. */
    public static final String JSON = "application/json";

    private final String method;
    private final String pattern;
    private final Supplier<Sample> sample;
    private final Map<String, FieldKind> query = new LinkedHashMap<>();
    private final Map<String, FieldKind> kinds = new LinkedHashMap<>();
    private final Set<String> optional = new LinkedHashSet<>();
    private String contentType = JSON;
    private boolean stores = true;
    private boolean bodyOptional;
    private String readBack;
    private final Set<String> mayBeNegative = new LinkedHashSet<>();
    private final Set<String> sealed = new LinkedHashSet<>();
    private final Set<String> codePathVariables = new LinkedHashSet<>();
    private final Set<String> answers = new LinkedHashSet<>();
    private final java.util.List<RuleRefusal> ruleRefusals = new java.util.ArrayList<>();

    /**
     * A well-formed request that a rule of the domain refuses: it must get {@code status} naming {@code field}, and
     * leave the store as it was.
     */
    public record RuleRefusal(String rule, Supplier<Sample> sample, int status, String field) {
    }

    Row(String method, String pattern, Supplier<Sample> sample) {
        this.method = method;
        this.pattern = pattern;
        this.sample = sample;
    }

    /**
     * @param sample a valid request; called once for the refusals and again for every case that must be accepted
     *               (emoji in free text), so it may make a fresh plan when the endpoint cannot take a request twice
     */
    public static Row get(String pattern, Supplier<Sample> sample) {
        return new Row("GET", pattern, sample);
    }

    public static Row post(String pattern, Supplier<Sample> sample) {
        return new Row("POST", pattern, sample);
    }

    public static Row put(String pattern, Supplier<Sample> sample) {
        return new Row("PUT", pattern, sample);
    }

    public static Row patch(String pattern, Supplier<Sample> sample) {
        return new Row("PATCH", pattern, sample);
    }

    public static Row delete(String pattern, Supplier<Sample> sample) {
        return new Row("DELETE", pattern, sample);
    }

    /** A query parameter the endpoint reads; bad values of its kind are sent in it, one at a time. */
    public Row param(String name, FieldKind kind) {
        query.put(name, kind);
        return this;
    }

    /**
     * A rule of the domain this endpoint keeps: the sample (made fresh, e.g. on a plan prepared for it) is a
     * well-formed request that breaks the rule, and must be refused with {@code status} (422, or 409 for what is
     * already recorded) naming {@code field}, storing nothing.
     */
    public Row refuses(String rule, Supplier<Sample> sample, int status, String field) {
        ruleRefusals.add(new RuleRefusal(rule, sample, status, field));
        return this;
    }

    public java.util.List<RuleRefusal> ruleRefusals() {
        return java.util.List.copyOf(ruleRefusals);
    }

    /**
     * Media types the endpoint answers in besides JSON (e.g. {@code text/csv}): an Accept header naming one of them is
     * not refused.
     */
    public Row answers(String... mediaTypes) {
        Collections.addAll(answers, mediaTypes);
        return this;
    }

    public Set<String> answers() {
        return Collections.unmodifiableSet(answers);
    }

    /** Fields (paths such as {@code contactsMet[0].email}) that may be left out or null. */
    public Row optional(String... paths) {
        Collections.addAll(optional, paths);
        return this;
    }

    /** The kind of a field where the sample value cannot tell (free text spanning lines, a code, a decimal). */
    public Row kind(String path, FieldKind kind) {
        kinds.put(path, kind);
        return this;
    }

    /** The body is a file of this media type (CSV, vCard, iCalendar), not JSON. */
    public Row upload(String mediaType) {
        this.contentType = mediaType;
        return this;
    }

    /**
     * Where accepted free text is read back through the API: a GET path whose {variables} come from the sample's path
     * variables or the accepted answer's fields, e.g. {@code "/api/v1/contacts/{contactId}"}.
     */
    public Row readBack(String getPath) {
        this.readBack = getPath;
        return this;
    }

    public java.util.Optional<String> readBack() {
        return java.util.Optional.ofNullable(readBack);
    }

    /** The endpoint may be called without a body (all its fields are optional). */
    public Row bodyOptional() {
        this.bodyOptional = true;
        return this;
    }

    public boolean isBodyOptional() {
        return bodyOptional;
    }

    /** Numbers a negative value of which is answered, not refused (a live assessment saying what is wrong). */
    public Row mayBeNegative(String... paths) {
        Collections.addAll(mayBeNegative, paths);
        return this;
    }

    public boolean negativeAllowed(String path) {
        return mayBeNegative.contains(path);
    }

    /**
     * Personal fields the service stores encrypted (README "Personal data and erasure"): accepted text in them is read
     * back through {@link #readBack(String)} and must never be found in the store as sent.
     */
    public Row sealed(String... paths) {
        Collections.addAll(sealed, paths);
        return this;
    }

    public boolean isSealed(String path) {
        return sealed.contains(path);
    }

    /** The endpoint keeps nothing (a live check): valid free text is only answered 2xx, not looked for in the store. */
    public Row storesNothing() {
        this.stores = false;
        return this;
    }

    public boolean stores() {
        return stores;
    }

    /** {@code "POST /api/v1/plans/{planId}/objectives"}: the endpoint as its controller maps it. */
    public String name() {
        return method + " " + pattern;
    }

    public String method() {
        return method;
    }

    public String pattern() {
        return pattern;
    }

    public Sample sample() {
        return sample.get();
    }

    public Map<String, FieldKind> query() {
        return Collections.unmodifiableMap(query);
    }

    /**
     * Path variables that name a code (a team's name), not an id: any text of a code is well-formed there (an unknown
     * one is answered 404), so only what no code may hold (emoji, control characters) is sent in them.
     */
    public Row codePath(String... variables) {
        Collections.addAll(codePathVariables, variables);
        return this;
    }

    public boolean isCodePath(String variable) {
        return codePathVariables.contains(variable);
    }

    public boolean isOptional(String path) {
        return optional.contains(path);
    }

    FieldKind kindOf(String path, String name, com.fasterxml.jackson.databind.JsonNode value) {
        return kinds.getOrDefault(path, FieldKind.infer(name, value));
    }

    public String contentType() {
        return contentType;
    }

    public boolean isUpload() {
        return !JSON.equals(contentType);
    }

    @Override
    public String toString() {
        return name();
    }
}
