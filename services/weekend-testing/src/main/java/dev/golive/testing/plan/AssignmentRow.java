package dev.golive.testing.plan;

import dev.golive.testing.domain.PlannedAssignment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One scenario given to one tester for {@code [start, end)}; at most one per scenario, its id kept across plans. */
@Entity
@Table(name = "assignment")
public class AssignmentRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "scenario_id", nullable = false)
    public String scenarioId;

    @Column(name = "tester_id", nullable = false)
    public UUID testerId;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public PlannedAssignment toDomain() {
        return new PlannedAssignment(scenarioId, testerId.toString(), start, end);
    }

    /** The cutover's assignments by start, then tester, then scenario (the order of a plan). */
    public static List<AssignmentRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by start, testerId, scenarioId", cutoverId);
    }

    public static Optional<AssignmentRow> of(UUID cutoverId, UUID id) {
        return find("cutoverId = ?1 and id = ?2", cutoverId, id).firstResultOptional();
    }

    public static Optional<AssignmentRow> ofScenario(UUID cutoverId, String scenarioId) {
        return find("cutoverId = ?1 and scenarioId = ?2", cutoverId, scenarioId).firstResultOptional();
    }

    public static long countOfTester(UUID testerId) {
        return count("testerId", testerId);
    }
}
