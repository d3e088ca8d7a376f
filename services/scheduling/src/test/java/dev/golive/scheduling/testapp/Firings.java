package dev.golive.scheduling.testapp;

import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every firing of {@link RecordingJob}, with how late it was by the application's clock. */
@ApplicationScoped
public class Firings {

    public record Fired(Firing firing, Duration lateness) {
    }

    private final Queue<Fired> fired = new ConcurrentLinkedQueue<>();

    public void record(Firing firing, Duration lateness) {
        fired.add(new Fired(firing, lateness));
    }

    public List<Fired> of(UUID cutoverId) {
        return fired.stream().filter(f -> f.firing().cutoverId().equals(cutoverId)).toList();
    }
}
