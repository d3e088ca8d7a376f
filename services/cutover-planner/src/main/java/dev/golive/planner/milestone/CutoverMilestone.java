package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One milestone of a cutover's current window, and whether its trigger has fired. */
@Entity
@Table(name = "cutover_milestone")
@IdClass(CutoverMilestone.Key.class)
public class CutoverMilestone extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Id
    @Enumerated(EnumType.STRING)
    public Milestone milestone;

    @Column(name = "window_revision", nullable = false)
    public int windowRevision;

    @Column(name = "local_time", nullable = false)
    public LocalDateTime localTime;

    @Column(nullable = false)
    public String zone;

    @Column(name = "utc_offset", nullable = false)
    public String utcOffset;

    @Column(name = "at_instant", nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_rule", nullable = false)
    public TimeRule rule;

    @Column(name = "reached_at")
    public Instant reachedAt;

    @Column(name = "lateness_ms")
    public Long latenessMillis;

    public static CutoverMilestone of(UUID cutoverId, int revision, MilestoneTime time) {
        CutoverMilestone row = new CutoverMilestone();
        row.cutoverId = cutoverId;
        row.milestone = time.milestone();
        row.windowRevision = revision;
        row.localTime = time.local();
        row.zone = time.zone();
        row.utcOffset = time.offset().getId();
        row.at = time.instant();
        row.rule = time.rule();
        return row;
    }

    public MilestoneTime toTime() {
        return new MilestoneTime(milestone, localTime, zone, ZoneOffset.of(utcOffset), at, rule);
    }

    public static List<CutoverMilestone> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by at", cutoverId);
    }

    public static CutoverMilestone find(UUID cutoverId, Milestone milestone) {
        return find("cutoverId = ?1 and milestone = ?2", cutoverId, milestone).firstResult();
    }

    public static class Key implements Serializable {
        public UUID cutoverId;
        public Milestone milestone;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && milestone == k.milestone;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, milestone);
        }
    }
}
