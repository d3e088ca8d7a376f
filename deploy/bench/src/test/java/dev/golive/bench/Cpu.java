package dev.golive.bench;

import java.time.Duration;
import java.util.List;
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
    /** The statements of each step, when the run asked for them; null otherwise. */
    private final DatabaseWork database;

    Cpu(ProcessMeter meter, Duration idle, dev.golive.e2e.Platform platform, DatabaseWork database) {
        this.meter = meter;
        this.idle = idle;
        this.platform = platform;
        this.database = database;
    }

    /** What a step used: CPU seconds per process, and the database's statements when asked for. */
    record Used(Map<String, Double> cpu, List<DatabaseWork.Query> statements) {
    }

    /** The same measurement with one more process, e.g. a service's second instance. */
    Cpu and(String name, long pid) {
        return new Cpu(meter.and(name, pid), idle, platform, database);
    }

    /** Waits for a quiet platform, measures its idle rate, then starts the window. */
    CpuWindow begin() {
        Quiet.await(platform, Duration.ofMinutes(3));
        CpuWindow window = CpuWindow.begin(meter, idle);
        if (database != null) {
            database.start();
        }
        return window;
    }

    /** Waits until the platform has done all the work the step caused, then ends the window. */
    Used end(CpuWindow window) {
        Quiet.await(platform, Duration.ofMinutes(3));
        Map<String, Double> cpu = window.end();
        return new Used(cpu, database == null ? List.of() : database.statements());
    }

    /**
     * Adds the platform's CPU per {@code unit} and each process's share to the figures, and the
     * statements per {@code unit} when the run asked for them.
     */
    void record(Figures figures, String scenario, String label, String unit, int count, Used used) {
        double platform = used.cpu().entrySet().stream().filter(e -> !TEST_JVM.equals(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        figures.add(scenario, label + ": platform CPU per " + unit, "ms", platform * 1000 / count);
        used.cpu().forEach((process, seconds) -> figures.add(scenario, label + ": CPU per " + unit + ", " + process,
                "ms", seconds * 1000 / count));
        if (database != null) {
            DatabaseWork.record(figures, scenario, label, unit, count, used.statements());
        }
    }
}
