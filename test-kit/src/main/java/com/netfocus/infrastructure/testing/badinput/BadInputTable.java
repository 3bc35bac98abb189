package com.netfocus.infrastructure.testing.badinput;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.netfocus.infrastructure.testing.Personas;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the bad-input table of a service: every case of every row, sent with the sealed identity of a caller who may
 * use the endpoint. A refusal must be 4xx problem+json whose {@code errors[].field} names the field (or parameter or
 * path variable), and must leave the store exactly as it was; an awkward but valid value (emoji in free text) must be
 * accepted and then be found in the store intact. Never a 5xx. Every mismatch is collected and reported at once.
 */
public final class BadInputTable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration STORE_WAIT = Duration.ofSeconds(20);
    /** How long the store must stay unchanged to count as settled, and the polling interval. */
    private static final Duration STILL = Duration.ofMillis(100);
    private static final int SHOWN = 60;
    /** jqwik's generation size: how large lists and strings may grow. */
    private static final int FUZZ_GENERATION_SIZE = 100;

    private final String baseUrl;
    private final BiFunction<String, URI, Map<String, String>> identity;
    private final Supplier<?> store;
    private BooleanSupplier settled = () -> true;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param baseUrl  e.g. {@code http://localhost:8081}
     * @param identity the caller headers to send with a request (sealed for it), given its method and URI
     * @param store    a snapshot of everything the service stores ({@link StoreSnapshot#of})
     */
    public BadInputTable(String baseUrl, BiFunction<String, URI, Map<String, String>> identity, Supplier<?> store) {
        this.baseUrl = baseUrl;
        this.identity = identity;
        this.store = store;
    }

    /**
     * The table of a service running in this JVM on {@code port} (a Spring Boot test's random port), called as
     * {@code caller}, its store being the whole of {@code database}.
     */
    public static BadInputTable onLocalPort(int port, Personas.Persona caller, MongoDatabase database) {
        return new BadInputTable("http://localhost:" + port, SealedIdentity.of(caller), StoreSnapshot.of(database));
    }

    /**
     * What must hold before the store counts as settled, besides not changing for a moment: e.g. that every record
     * a service publishes in the background after a write has been published (so its flag is not mistaken for a change).
     */
    public BadInputTable settledWhen(BooleanSupplier condition) {
        this.settled = condition;
        return this;
    }

    /** The answer of one request, as the table reads it. */
    public record Answer(int status, String contentType, JsonNode body) {

        public List<String> fields() {
            List<String> fields = new ArrayList<>();
            if (body != null) {
                body.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            }
            return fields;
        }
    }

    /**
     * Holds the rows to the endpoints the service serves ({@link Completeness}: none missing, none in excess), then
     * runs every case of them ({@link #check}).
     */
    public void checkEveryEndpoint(RequestMappingHandlerMapping mappings, List<Row> rows) {
        assertThat(Completeness.gaps(mappings, rows)).as("endpoints and rows of the bad-input table").isEmpty();
        check(rows);
    }

    /** Runs every case of the rows; fails listing every case answered otherwise than the rules say. */
    public void check(List<Row> rows) {
        List<String> mismatches = new ArrayList<>();
        List<List<Case>> refusals = new ArrayList<>();
        for (Row row : rows) {
            refusals.add(Cases.refusals(row, row.sample()));
        }
        Object before = stillStore();
        int count = 0;
        for (List<Case> cases : refusals) {
            for (Case refused : cases) {
                count++;
                Answer answer = send(refused);
                refusalMismatch(refused, answer).ifPresent(mismatches::add);
                Object after = store.get();
                if (!Objects.equals(before, after)) {
                    mismatches.add(refused + ": the store changed");
                    before = stillStore();
                }
            }
        }
        for (Row row : rows) {
            for (Case accepted : Cases.acceptances(row)) {
                count++;
                Answer answer = send(accepted);
                if (answer.status() < 200 || answer.status() >= 300) {
                    mismatches.add(accepted + ": " + answer.status() + " (expected 2xx) " + answer.body());
                } else if (accepted.sealed() && StoreSnapshot.contains(store.get(), accepted.stored())) {
                    mismatches.add(accepted + ": a personal field, but the store holds it as sent (not encrypted)");
                } else if (!accepted.sealed() && !accepted.stored().isEmpty() && !storedSoon(accepted.stored())) {
                    mismatches.add(accepted + ": accepted, but the text was not found in the store intact");
                } else {
                    readBackMismatch(row, accepted, answer).ifPresent(mismatches::add);
                }
            }
        }
        assertThat(count).as("cases run").isPositive();
        System.out.println("bad-input table: " + count + " cases over " + rows.size() + " endpoints");
        assertThat(mismatches.subList(0, Math.min(SHOWN, mismatches.size())))
                .as(mismatches.size() + " of " + count + " cases answered otherwise than the rules say"
                        + (mismatches.size() > SHOWN ? " (the first " + SHOWN + " shown)" : ""))
                .isEmpty();
    }

    /**
     * Every API endpoint of the service (with its row's sample, or bare when it takes no input) asked for media types
     * it does not answer in: each must be 406 problem+json naming Accept, and the store must stay as it was (the
     * refusal comes before the endpoint does anything).
     */
    public void checkAcceptEveryEndpoint(RequestMappingHandlerMapping mappings, List<Row> rows) {
        Map<String, Row> byName = Completeness.byName(rows);
        List<Case> cases = new ArrayList<>();
        for (String endpoint : Completeness.served(mappings)) {
            Row row = byName.get(endpoint);
            cases.addAll(Cases.unacceptable(endpoint, row, row == null ? Sample.none() : row.sample()));
        }
        List<String> mismatches = new ArrayList<>();
        Object before = stillStore();
        for (Case unacceptable : cases) {
            refusalMismatch(unacceptable, send(unacceptable)).ifPresent(mismatches::add);
            if (!Objects.equals(before, store.get())) {
                mismatches.add(unacceptable + ": the store changed");
                before = stillStore();
            }
        }
        assertThat(cases).as("Accept cases").isNotEmpty();
        System.out.println("Accept: " + cases.size() + " cases over " + Completeness.served(mappings).size()
                + " endpoints");
        assertThat(mismatches.subList(0, Math.min(SHOWN, mismatches.size())))
                .as(mismatches.size() + " of " + cases.size() + " Accept cases answered otherwise than 406")
                .isEmpty();
    }

    /** Reads the accepted text back through the row's read-back path; why it is not there intact, if it is not. */
    private Optional<String> readBackMismatch(Row row, Case accepted, Answer answer) {
        if (row.readBack().isEmpty() || accepted.stored().isEmpty()) {
            return Optional.empty();
        }
        String path = row.readBack().get();
        for (Map.Entry<String, String> variable : accepted.pathVariables().entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        if (answer.body() != null) {
            for (java.util.Iterator<String> names = answer.body().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                path = path.replace("{" + name + "}", answer.body().path(name).asText());
            }
        }
        Answer read = send(new Case(accepted.row(), "read back", "GET", path, Row.JSON, null, null, null));
        return read.status() == 200 && StoreSnapshot.contains(MAPPER.convertValue(read.body(), Object.class),
                accepted.stored()) ? Optional.empty()
                : Optional.of(accepted + ": accepted, but GET " + path + " does not show the text intact: "
                + read.status() + " " + read.body());
    }

    /**
     * The fuzz test: {@code tries} random bodies ({@link FuzzBodies}) sent to the rows that take a JSON body. Never a
     * 5xx; a 2xx only for a body {@link WellFormed} finds nothing wrong with (then only the domain could refuse it);
     * a 4xx is problem+json naming a field and leaves the store as it was. The seed is printed; set the system
     * property {@code netfocus.fuzz.seed} to replay a run.
     */
    public void fuzz(List<Row> rows, int tries) {
        long seed = Long.getLong("netfocus.fuzz.seed", new Random().nextLong());
        System.out.println("fuzzing " + tries + " bodies with seed " + seed + " (-Dnetfocus.fuzz.seed=" + seed + ")");
        JqwikSession.start(String.valueOf(seed));
        try {
            fuzz(rows, tries, seed);
        } finally {
            JqwikSession.finish();
        }
    }

    private void fuzz(List<Row> rows, int tries, long seed) {
        Random random = new Random(seed);
        List<Row> commands = rows.stream().filter(row -> !row.isUpload()).toList();
        List<Sample> samples = new ArrayList<>();
        List<RandomGenerator<JsonNode>> generators = new ArrayList<>();
        List<Row> used = new ArrayList<>();
        for (Row row : commands) {
            Sample sample = row.sample();
            if (sample.body() != null) {
                used.add(row);
                samples.add(sample);
                generators.add(FuzzBodies.of(row, Cases.read(sample.body())).generator(FUZZ_GENERATION_SIZE));
            }
        }
        assertThat(used).as("rows taking a JSON body").isNotEmpty();
        List<String> mismatches = new ArrayList<>();
        int accepted = 0;
        long started = System.nanoTime();
        Object before = stillStore();
        for (int i = 0; i < tries; i++) {
            int pick = random.nextInt(used.size());
            Row row = used.get(pick);
            JsonNode body = generators.get(pick).next(random).value();
            Case fuzzed = Cases.request(row, samples.get(pick), "fuzz #" + i + " (seed " + seed + ") " + printable(body),
                    printable(body));
            Answer answer = send(fuzzed);
            Optional<String> mustRefuse = WellFormed.mustRefuse(row, Cases.read(samples.get(pick).body()), body);
            if (answer.status() >= 200 && answer.status() < 300) {
                accepted++;
                mustRefuse.ifPresent(reason -> mismatches.add(fuzzed + ": accepted although " + reason));
                before = stillStore();
            } else {
                refusalMismatch(fuzzed, answer).ifPresent(mismatches::add);
                if (!Objects.equals(before, store.get())) {
                    mismatches.add(fuzzed + ": refused, but the store changed");
                    before = stillStore();
                }
            }
        }
        System.out.println("fuzzed " + tries + " bodies in " + Duration.ofNanos(System.nanoTime() - started).toMillis()
                + " ms: " + accepted + " accepted, " + (tries - accepted) + " refused");
        assertThat(mismatches.subList(0, Math.min(SHOWN, mismatches.size())))
                .as(mismatches.size() + " of " + tries + " random bodies answered otherwise than the rules say")
                .isEmpty();
    }

    /**
     * The body with every character beyond ASCII escaped: sent so (a lone surrogate cannot be encoded as UTF-8, only
     * escaped), and shown so in a report.
     */
    private static String printable(JsonNode body) {
        try {
            return MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(body);
        } catch (IOException e) {
            return body.toString();
        }
    }

    /** Why the answer is not the refusal the case needs; empty when it is. */
    public static Optional<String> refusalMismatch(Case refused, Answer answer) {
        if (answer.status() < 400 || answer.status() >= 500) {
            return Optional.of(refused + ": " + answer.status() + " (expected 4xx) " + answer.body());
        }
        if (refused.status() != 0 && answer.status() != refused.status()) {
            return Optional.of(refused + ": " + answer.status() + " (expected " + refused.status() + ") "
                    + answer.body());
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return Optional.of(refused + ": " + answer.status() + " answered as " + answer.contentType());
        }
        Optional<String> internal = InternalNames.in(answer.body());
        if (internal.isPresent()) {
            return Optional.of(refused + ": the problem names an internal (" + internal.get() + "): " + answer.body());
        }
        List<String> fields = answer.fields();
        boolean named = refused.field() == null ? !fields.isEmpty()
                : fields.stream().anyMatch(field -> names(field, refused.field()));
        return named ? Optional.empty() : Optional.of(refused + ": " + answer.status()
                + " names " + fields + ", not " + (refused.field() == null ? "any field" : refused.field()));
    }

    /** A refusal names the field itself, a field inside it, or the object or list holding it. */
    static boolean names(String named, String expected) {
        return named.equals(expected) || named.startsWith(expected + ".") || named.startsWith(expected + "[")
                || expected.startsWith(named + ".") || expected.startsWith(named + "[");
    }

    public Answer send(Case request) {
        URI uri = URI.create(baseUrl + request.uri());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.accept() != null) {
            builder.header("Accept", request.accept());
        }
        identity.apply(request.method(), uri).forEach(builder::header);
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = null;
            try {
                body = response.body().length == 0 ? null : MAPPER.readTree(response.body());
            } catch (IOException notJson) {
                body = MAPPER.getNodeFactory().textNode(new String(response.body()));
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), body);
        } catch (IOException e) {
            return new Answer(-1, null, MAPPER.getNodeFactory().textNode("no answer: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The store once it has stopped changing (what earlier requests set off has settled). */
    private Object stillStore() {
        long deadline = System.nanoTime() + STORE_WAIT.toNanos();
        while (!settled.getAsBoolean() && System.nanoTime() < deadline) {
            sleep();
        }
        Object last = store.get();
        while (System.nanoTime() < deadline) {
            sleep();
            Object now = store.get();
            if (Objects.equals(last, now)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the store did not settle within " + STORE_WAIT);
    }

    private boolean storedSoon(String text) {
        long deadline = System.nanoTime() + STORE_WAIT.toNanos();
        do {
            if (StoreSnapshot.contains(store.get(), text)) {
                return true;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(STILL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
