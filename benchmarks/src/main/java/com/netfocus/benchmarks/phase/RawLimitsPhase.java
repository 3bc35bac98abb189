package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.baseline.KafkaBaseline;
import com.netfocus.benchmarks.baseline.MongoInsertBaseline;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.stack.KafkaOffsets;

import java.util.List;
import java.util.Map;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * The raw limits of the same servers in the same run, which the suite's figures are set beside: event-document
 * inserts with the MongoDB driver, Kafka produce (pipelined, and each acknowledged) and consume.
 */
public final class RawLimitsPhase implements Phase {

    private static final int SAMPLED_VALUES = 1000;

    private MongoInsertBaseline.Result mongo;
    private KafkaBaseline.Rate pipelined;
    private KafkaBaseline.Rate ackedEach;
    private KafkaBaseline.Rate consume;

    @Override
    public boolean runsWith(BenchmarkOptions options) {
        return options.baselines();
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        String kafka = run.stack().kafkaBootstrapServers();
        log("baseline: raw event-document inserts with the MongoDB driver ...");
        mongo = MongoInsertBaseline.run(run.stack().mongoUri(), "bench-baseline-" + run.stamp(),
                options.mongoBaselineDocuments(), options.clients());
        run.record("baselineMongoInsert", mongo);
        log("baseline: raw Kafka produce and consume ...");
        List<byte[]> values = KafkaBaseline.sampleValues(kafka, KafkaOffsets.PLAN_EVENTS, SAMPLED_VALUES);
        String topic = "bench-baseline-" + run.stamp();
        try (KafkaOffsets offsets = new KafkaOffsets(kafka)) {
            int partitions = offsets.partitions(KafkaOffsets.PLAN_EVENTS);
            offsets.createTopic(topic, partitions);
            offsets.createTopic(topic + "-each", partitions);
        }
        pipelined = KafkaBaseline.producePipelined(kafka, topic, values, options.kafkaBaselineRecords(),
                options.reps());
        ackedEach = KafkaBaseline.produceAcknowledgedEach(kafka, topic + "-each", values,
                Math.max(1000, options.kafkaBaselineRecords() / 10), options.clients());
        long planEvents;
        try (KafkaOffsets offsets = new KafkaOffsets(kafka)) {
            planEvents = offsets.endOffsets(KafkaOffsets.PLAN_EVENTS);
        }
        consume = KafkaBaseline.consume(kafka, KafkaOffsets.PLAN_EVENTS, planEvents);
        KafkaBaseline.Rate consumeBig = KafkaBaseline.consume(kafka, topic, options.kafkaBaselineRecords());
        run.record("baselineKafka", Map.of("producePipelined", pipelined, "produceAcknowledgedEach", ackedEach,
                "consumePlanEvents", consume, "consumeBaselineTopic", consumeBig,
                "averageValueBytes", values.stream().mapToInt(v -> v.length).average().orElse(0)));
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        int clients = run.options().clients();
        run.figure(Figure.plain("Raw MongoDB event-document inserts (" + clients + " threads, "
                + "driver default write concern, as Axon: acknowledged w:1)", mongo.documentsPerSecond(), "docs/s"));
        run.figure(Figure.plain("Raw Kafka produce, pipelined (acks=all, idempotent)", pipelined.recordsPerSecond(),
                "records/s"));
        run.figure(Figure.plain("Raw Kafka produce, each acknowledged (" + clients + " threads)",
                ackedEach.recordsPerSecond(), "records/s"));
        run.figure(Figure.plain("Raw Kafka consume of the plan events (" + consume.records() + " records)",
                consume.recordsPerSecond(), "records/s"));
    }

    /** The raw insert rate; null when --no-baselines left this phase out. */
    MongoInsertBaseline.Result mongo() {
        return mongo;
    }

    /** The raw consume rate of the plan events; null when --no-baselines left this phase out. */
    KafkaBaseline.Rate consume() {
        return consume;
    }
}
