package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.baseline.KafkaBaseline;
import com.netfocus.benchmarks.replay.ReplayBenchmark;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.netfocus.benchmarks.run.RunLog.log;

/** Each consuming service, fresh, reads every plan event into an empty database: the rate of a rebuild. */
public final class ReplayPhase implements Phase {

    private static final double RAW_CONSUME_SHARE = 0.5;

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
        for (String module : ReplayBenchmark.modules()) {
            log("replay: a fresh " + module + " reads every plan event into an empty database ...");
            Path jfrFile = null;
            if (run.options().jfr()) {
                Files.createDirectories(run.jfrDirectory());
                jfrFile = run.jfrDirectory().resolve("replay-" + module + ".jfr");
            }
            ReplayBenchmark.Result replay = ReplayBenchmark.run(run.stack(), module, run.stamp(), jfrFile);
            if (jfrFile != null) {
                run.hotMethods("replay " + module, jfrFile);
            }
            replays.add(replay);
        }
        run.record("replay", replays);
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        KafkaBaseline.Rate consume = rawLimits.consume();
        for (ReplayBenchmark.Result replay : replays) {
            String module = replay.service();
            if (consume != null) {
                run.figure(Figure.atLeastShare("Replay, " + module + " (" + replay.events() + " events"
                                + (replay.complete() ? "" : ", INCOMPLETE") + ")", replay.eventsPerSecond(),
                        "events/s", "raw Kafka consume", consume.recordsPerSecond(), RAW_CONSUME_SHARE));
            } else {
                run.figure(Figure.plain("Replay, " + module, replay.eventsPerSecond(), "events/s"));
            }
        }
    }
}
