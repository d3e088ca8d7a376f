package dev.golive.planner.gonogo;

import dev.golive.planner.domain.GoNoGo;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One go/no-go decision of the ops lead, for one window revision of a cutover. */
@Entity
@Table(name = "go_no_go_decision")
public class DecisionRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "window_revision", nullable = false)
    public int windowRevision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoNoGo decision;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(nullable = false)
    public String reason;

    @Convert(converter = JsonColumns.Strings.class)
    @Column(name = "failing_gates", nullable = false)
    public List<String> failingGates;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** The most recent decision about the cutover, whatever its window. */
    static Optional<DecisionRow> latest(UUID cutoverId) {
        return find("cutoverId = ?1 order by decidedAt desc", cutoverId).firstResultOptional();
    }
}
