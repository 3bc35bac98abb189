package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.baseline.KafkaBaseline;
import com.netfocus.benchmarks.replay.ReplayBenchmark;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.report.ReportWriter;
import com.netfocus.benchmarks.run.BenchmarkOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * Each consuming service, fresh, reads the plan events (the first --replay-events of them, copied to a topic of
 * their own) into an empty database: the rate of a rebuild.
 */
public final class ReplayPhase implements Phase {

    static final String PATH = "replay";
    private static final double EVENTS_PER_SECOND = 10_000;

    private final RawLimitsPhase rawLimits;
    private final List<ReplayBenchmark.Result> replays = new ArrayList<>();

    public ReplayPhase(RawLimitsPhase rawLimits) {
        this.rawLimits = rawLimits;
    }

    @Override
    public boolean runsWith(BenchmarkOptions options) {
        return options.replay();
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        String topic = ReplayBenchmark.boundedTopic(run.stack(), run.stamp(), run.options().replayEvents());
        for (String module : ReplayBenchmark.modules()) {
            log("replay: a fresh " + module + " reads the plan events of " + topic + " into an empty database ...");
            Path jfrFile = null;
            if (run.options().jfr()) {
                Files.createDirectories(run.jfrDirectory());
                jfrFile = run.jfrDirectory().resolve("replay-" + module + ".jfr");
            }
            ReplayBenchmark.Result replay = ReplayBenchmark.run(run.stack(), module, topic, run.stamp(), jfrFile);
            if (jfrFile != null && Files.exists(jfrFile)) {
                run.profile(PATH, module, jfrFile);
            }
            replays.add(replay);
        }
        run.record("replay", replays);
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        KafkaBaseline.Rate consume = rawLimits.consume();
        for (ReplayBenchmark.Result replay : replays) {
            run.goal(Goal.REPLAY, Figure.atLeast("Replay, " + replay.service() + " (" + replay.events() + " events"
                            + (replay.complete() ? "" : ", INCOMPLETE") + (consume == null ? "" : "; raw Kafka consume "
                            + ReportWriter.number(consume.recordsPerSecond()) + " records/s") + ")",
                    replay.eventsPerSecond(), "events/s", "bound", EVENTS_PER_SECOND));
        }
    }
}
