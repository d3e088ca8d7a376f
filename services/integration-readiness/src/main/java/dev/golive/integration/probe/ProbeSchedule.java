package dev.golive.integration.probe;

import dev.golive.integration.IntegrationConfig;
import dev.golive.scheduling.trigger.CutoverTriggers;
import dev.golive.scheduling.trigger.OneShot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scheduled probe runs of a cutover: one one-shot trigger ({@link CutoverTriggers}, group
 * {@code probes-<cutoverId>}) per configured offset before the downtime start ({@code BEFORE-P7D},
 * {@code BEFORE-P1D}). An offset whose instant is already past is skipped; a run missed while every
 * instance was down happens once, as soon as one is back.
 */
@ApplicationScoped
public class ProbeSchedule {

    /** The triggers' kind: their group prefix, as stored triggers already have it. */
    public static final String KIND = "probes";
    static final String REVISION = "windowRevision";

    private final CutoverTriggers triggers;
    private final IntegrationConfig config;
    private final Clock clock;

    public ProbeSchedule(CutoverTriggers triggers, IntegrationConfig config, Clock clock) {
        this.triggers = triggers;
        this.config = config;
        this.clock = clock;
    }

    /** One planned run: its trigger name and instant. */
    public record PlannedRun(String name, Instant at) {
    }

    /** The runs of a window whose downtime starts at {@code downtimeStart}, past ones left out, earliest first. */
    public static List<PlannedRun> plan(Instant downtimeStart, List<Duration> offsets, Instant now) {
        List<PlannedRun> runs = new ArrayList<>();
        for (Duration offset : offsets) {
            Instant at = downtimeStart.minus(offset);
            if (at.isAfter(now)) {
                runs.add(new PlannedRun(name(offset), at));
            }
        }
        runs.sort((a, b) -> a.at().compareTo(b.at()));
        return List.copyOf(runs);
    }

    static String name(Duration offset) {
        long seconds = offset.getSeconds();
        String text = seconds % 86_400 == 0 ? "P" + seconds / 86_400 + "D" : offset.toString();
        return "BEFORE-" + text;
    }

    /**
     * Replaces every scheduled probe run of the cutover with those of the new downtime start; a window
     * without one (null) has none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlannedRun> replace(UUID cutoverId, int windowRevision, Instant downtimeStart) {
        List<PlannedRun> runs = downtimeStart == null ? List.of()
                : plan(downtimeStart, config.probes().scheduleBeforeDowntime(), clock.instant());
        triggers.replace(KIND, cutoverId, ProbeRunJob.class, runs.stream()
                .map(run -> OneShot.fireOnceLate(run.name(), run.at(), "probe run " + run.name() + " of cutover "
                        + cutoverId, Map.of(REVISION, String.valueOf(windowRevision))))
                .toList());
        return runs;
    }
}
