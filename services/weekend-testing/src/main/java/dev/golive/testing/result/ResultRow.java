package dev.golive.testing.result;

import dev.golive.testing.domain.ChangeKind;
import dev.golive.testing.domain.NotedChange;
import dev.golive.testing.domain.Outcome;
import dev.golive.testing.domain.Round;
import dev.golive.testing.domain.TestResult;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A result recorded on an assignment; never changed, the latest of a scenario counts, in its own round:
 * a weekend result on an assignment of the plan, a staging result on an assignment of a staging round
 * (with the rehearsal it was recorded on).
 */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Round round = Round.WEEKEND;

    /** The staging round, for a staging result. */
    @Column(name = "round_id")
    public UUID roundId;

    /** The rehearsal a staging result was recorded on (it counts for that one only). */
    @Column(name = "rehearsal_id")
    public String rehearsalId;

    /** What changed for the tester, as they noted it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "result_change", joinColumns = @JoinColumn(name = "result_id"))
    @OrderColumn(name = "position")
    public List<ChangeValue> changes = new ArrayList<>();

    @Embeddable
    public static class ChangeValue {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ChangeKind kind;

        @Column(nullable = false)
        public String description;

        public ChangeValue() {
        }

        ChangeValue(NotedChange change) {
            kind = change.kind();
            description = change.description();
        }
    }

    /** Filled by the database: the order results were recorded in. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public TestResult toDomain() {
        return new TestResult(scenarioId, testerId.toString(), outcome, notes, recordedAt);
    }

    /** Every weekend result of the cutover, in the order recorded (staging results count for their rehearsal only). */
    public static List<ResultRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 and round = ?2 order by seq", cutoverId, Round.WEEKEND);
    }

    /** Every staging result recorded on {@code rehearsalId}, in the order recorded. */
    public static List<ResultRow> onRehearsal(UUID cutoverId, String rehearsalId) {
        return list("cutoverId = ?1 and round = ?2 and rehearsalId = ?3 order by seq", cutoverId, Round.STAGING,
                rehearsalId);
    }

    /** Every result of the cutover, of both rounds, that notes a change, in the order recorded. */
    public static List<ResultRow> notingChanges(UUID cutoverId) {
        return ResultRow.<ResultRow>list("cutoverId = ?1 order by seq", cutoverId).stream()
                .filter(r -> !r.changes.isEmpty()).toList();
    }

    public static List<ResultRow> ofAssignment(UUID cutoverId, UUID assignmentId) {
        return list("cutoverId = ?1 and assignmentId = ?2 order by seq", cutoverId, assignmentId);
    }

    /** The outcome last recorded on each weekend assignment of the cutover. */
    public static Map<UUID, Outcome> latestByAssignment(UUID cutoverId) {
        Map<UUID, Outcome> latest = new LinkedHashMap<>();
        ofCutover(cutoverId).forEach(r -> latest.put(r.assignmentId, r.outcome));
        return latest;
    }
}
