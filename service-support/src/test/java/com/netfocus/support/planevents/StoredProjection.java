package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEventEnvelope;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A {@link ProjectionFixture} for a projection whose documents are whole collections of the service's database: the
 * stream of a seed made once (streams name their plans by random ids) and kept for the test class.
 */
public final class StoredProjection implements ProjectionFixture {

    private final PollAwareProjection<?> projection;
    private final MongoTemplate mongo;
    private final Supplier<List<String>> collections;
    private final List<String> unorderedLists;
    private final List<String> ignoredFields;
    private final BiFunction<Long, Integer, List<PlanEventEnvelope>> stream;
    private final Runnable inputsRestored;
    private final Map<String, List<PlanEventEnvelope>> streams = new HashMap<>();

    /**
     * @param collections    the collections the projection writes (asked each time: some are made as it goes)
     * @param unorderedLists fields that hold sets as lists of text (see {@link StoredDocuments})
     * @param stream         a seeded stream of the given number of plans
     * @param inputsRestored puts back what the projection reads and also writes (run after its collections are
     *                       cleared)
     */
    public StoredProjection(PollAwareProjection<?> projection, MongoTemplate mongo, Supplier<List<String>> collections,
                            List<String> unorderedLists, BiFunction<Long, Integer, List<PlanEventEnvelope>> stream,
                            Runnable inputsRestored) {
        this(projection, mongo, collections, unorderedLists, List.of(), stream, inputsRestored);
    }

    /** @param ignoredFields fields something else than the projection writes, later (see {@link StoredDocuments}) */
    public StoredProjection(PollAwareProjection<?> projection, MongoTemplate mongo, Supplier<List<String>> collections,
                            List<String> unorderedLists, List<String> ignoredFields,
                            BiFunction<Long, Integer, List<PlanEventEnvelope>> stream, Runnable inputsRestored) {
        this.projection = projection;
        this.mongo = mongo;
        this.collections = collections;
        this.unorderedLists = unorderedLists;
        this.ignoredFields = ignoredFields;
        this.stream = stream;
        this.inputsRestored = inputsRestored;
    }

    @Override
    public PollAwareProjection<?> projection() {
        return projection;
    }

    @Override
    public synchronized List<PlanEventEnvelope> events(long seed, int plans) {
        return streams.computeIfAbsent(seed + "/" + plans, key -> stream.apply(seed, plans));
    }

    @Override
    public Map<String, String> documents() {
        return StoredDocuments.of(mongo, collections.get(), unorderedLists, ignoredFields);
    }

    @Override
    public void clear() {
        StoredDocuments.clear(mongo, collections.get());
        inputsRestored.run();
    }

    @Override
    public String toString() {
        return projection.name();
    }
}
