package dev.golive.testing.staging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One scenario of a staging round given to one tester for {@code [start, end)}. */
@Entity
@Table(name = "staging_assignment")
public class StagingAssignmentRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

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

    /** The round's assignments by start, then tester, then scenario. */
    public static List<StagingAssignmentRow> ofRound(UUID roundId) {
        return list("roundId = ?1 order by start, testerId, scenarioId", roundId);
    }

    public static Optional<StagingAssignmentRow> of(UUID cutoverId, UUID id) {
        return find("cutoverId = ?1 and id = ?2", cutoverId, id).firstResultOptional();
    }
}
