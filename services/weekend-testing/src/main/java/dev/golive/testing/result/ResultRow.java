package dev.golive.testing.result;

import dev.golive.testing.domain.Outcome;
import dev.golive.testing.domain.TestResult;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A result recorded on an assignment; never changed, the latest of a scenario counts. */
@Entity
@Table(name = "test_result")
public class ResultRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(name = "scenario_id", nullable = false)
    public String scenarioId;

    /** The assignment's tester when the result was recorded. */
    @Column(name = "tester_id", nullable = false)
    public UUID testerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    public String notes;

    @Column(name = "workaround_exists", nullable = false)
    public boolean workaroundExists;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Filled by the database: the order results were recorded in. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public TestResult toDomain() {
        return new TestResult(scenarioId, testerId.toString(), outcome, notes, recordedAt);
    }

    /** Every result of the cutover, in the order recorded. */
    public static List<ResultRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by seq", cutoverId);
    }

    public static List<ResultRow> ofAssignment(UUID cutoverId, UUID assignmentId) {
        return list("cutoverId = ?1 and assignmentId = ?2 order by seq", cutoverId, assignmentId);
    }

    /** The outcome last recorded on each assignment of the cutover. */
    public static Map<UUID, Outcome> latestByAssignment(UUID cutoverId) {
        Map<UUID, Outcome> latest = new LinkedHashMap<>();
        ofCutover(cutoverId).forEach(r -> latest.put(r.assignmentId, r.outcome));
        return latest;
    }
}
