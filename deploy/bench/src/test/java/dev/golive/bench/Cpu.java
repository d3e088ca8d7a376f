package dev.golive.bench;

import java.time.Duration;
import java.util.Map;

/**
 * Platform CPU per unit of work: the CPU seconds of every service process and of PostgreSQL over a
 * scenario, idle rate subtracted ({@link CpuWindow}), divided by the events or requests it handled.
 * The test JVM runs the broker (the testkit's in-JVM KafkaBroker) and the load generator together;
 * it is reported on its own line and left out of the platform's figure.
 */
final class Cpu {

    /** The test JVM's name in the figures. */
    static final String TEST_JVM = "load generator + broker (test JVM)";

    private final ProcessMeter meter;
    private final Duration idle;
    private final dev.golive.e2e.Platform platform;

    Cpu(ProcessMeter meter, Duration idle, dev.golive.e2e.Platform platform) {
        this.meter = meter;
        this.idle = idle;
        this.platform = platform;
    }

    /** The same measurement with one more process, e.g. a service's second instance. */
    Cpu and(String name, long pid) {
        return new Cpu(meter.and(name, pid), idle, platform);
    }

    /** Waits for a quiet platform, measures its idle rate, then starts the window. */
    CpuWindow begin() {
        Quiet.await(platform, Duration.ofMinutes(3));
        return CpuWindow.begin(meter, idle);
    }

    /** Waits until the platform has done all the work the step caused, then ends the window. */
    Map<String, Double> end(CpuWindow window) {
        Quiet.await(platform, Duration.ofMinutes(3));
        return window.end();
    }

    /** Adds the platform's CPU per {@code unit} and each process's share to the figures. */
    void record(Figures figures, String scenario, String label, String unit, int count, Map<String, Double> used) {
        double platform = used.entrySet().stream().filter(e -> !TEST_JVM.equals(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        figures.add(scenario, label + ": platform CPU per " + unit, "ms", platform * 1000 / count);
        used.forEach((process, seconds) -> figures.add(scenario, label + ": CPU per " + unit + ", " + process, "ms",
                seconds * 1000 / count));
    }
}
