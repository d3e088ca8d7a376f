package dev.golive.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The CPU time each process spent on one scenario: its CPU time over the scenario minus what it
 * spends idle over as long (the idle rate measured just before, for a few seconds, with no load:
 * timers, pollers, the broker's own housekeeping), so that the figure is the scenario's work.
 */
final class CpuWindow {

    private final ProcessMeter meter;
    private final Map<String, Double> idleRate = new LinkedHashMap<>();
    private final Map<String, Double> start;
    private final long startNanos;

    private CpuWindow(CpuWindow idleFrom) {
        this.meter = idleFrom.meter;
        this.idleRate.putAll(idleFrom.idleRate);
        this.start = meter.cpuSeconds();
        this.startNanos = System.nanoTime();
    }

    private CpuWindow(ProcessMeter meter, Duration idle) {
        this.meter = meter;
        Map<String, Double> before = meter.cpuSeconds();
        long idleStart = System.nanoTime();
        // Waiting is the measurement here: nothing runs but the platform at rest.
        await().pollDelay(idle).atMost(idle.plusSeconds(5)).until(() -> true);
        Map<String, Double> after = meter.cpuSeconds();
        double seconds = (System.nanoTime() - idleStart) / 1e9;
        after.forEach((name, cpu) -> idleRate.put(name, (cpu - before.getOrDefault(name, cpu)) / seconds));
        this.start = after;
        this.startNanos = System.nanoTime();
    }

    /** Measures the idle rate for {@code idle}, then starts the window. */
    static CpuWindow begin(ProcessMeter meter, Duration idle) {
        return new CpuWindow(meter, idle);
    }

    /**
     * A window that starts now with the idle rate this one measured: for a step that must begin at a
     * moment of its own (a due instant), when there is no time to measure the idle rate just before it.
     */
    CpuWindow startingNow() {
        return new CpuWindow(this);
    }

    /** CPU seconds per process since {@link #begin}, the idle rate over as long subtracted. */
    Map<String, Double> end() {
        Map<String, Double> now = meter.cpuSeconds();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> used = new LinkedHashMap<>();
        now.forEach((name, cpu) -> used.put(name,
                cpu - start.getOrDefault(name, cpu) - idleRate.getOrDefault(name, 0.0) * seconds));
        return used;
    }
}
