package dev.golive.runbook.cutover;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.messaging.cutover.CutoverProjectionRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the runbook knows of a cutover: the current window's milestones (golive.cutover.v1), whether
 * go/no-go said GO, when a ROLL_BACK was decided (golive.rollback.v1) and the production upgrade's
 * latest forecast (golive.staging.v1). Revision, zone and cancellation are {@link CutoverProjectionRow}'s.
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends CutoverProjectionRow {

    /** One {@code MILESTONE=instant} per line. */
    public String milestones;

    @Column(name = "go_decision")
    public String goDecision;

    @Column(name = "go_decided_at")
    public Instant goDecidedAt;

    @Column(name = "rollback_decided_at")
    public Instant rollbackDecidedAt;

    @Column(name = "forecast_s")
    public Long forecastSeconds;

    public static Optional<CutoverProjection> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    public Map<Milestone, Instant> milestoneMap() {
        Map<Milestone, Instant> map = new EnumMap<>(Milestone.class);
        if (milestones != null) {
            for (String line : milestones.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    map.put(Milestone.valueOf(line.substring(0, eq)), Instant.parse(line.substring(eq + 1)));
                }
            }
        }
        return map;
    }

    public void milestones(Map<Milestone, Instant> map) {
        milestones = map.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    public boolean goDecided() {
        return "GO".equals(goDecision);
    }

    public boolean rollbackActive() {
        return rollbackDecidedAt != null;
    }

    public Duration forecast() {
        return forecastSeconds == null ? null : Duration.ofSeconds(forecastSeconds);
    }
}
