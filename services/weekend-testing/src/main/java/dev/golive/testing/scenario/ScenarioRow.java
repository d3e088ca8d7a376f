package dev.golive.testing.scenario;

import dev.golive.testing.domain.BusinessArea;
import dev.golive.testing.domain.Criticality;
import dev.golive.testing.domain.Scenario;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A scenario as stored; {@link #toDomain()} is what the rules and the planner see. */
@Entity
@Table(name = "scenario")
public class ScenarioRow extends PanacheEntityBase {

    @Id
    @Column(name = "row_id")
    public UUID rowId;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    /** The id people chose, unique within the cutover. */
    @Column(name = "scenario_id", nullable = false)
    public String scenarioId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BusinessArea area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Criticality criticality;

    @Column(name = "estimated_minutes", nullable = false)
    public int estimatedMinutes;

    @Column(name = "depends_on")
    public String dependsOn;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public Scenario toDomain() {
        return new Scenario(scenarioId, title, area, criticality, estimatedMinutes, dependsOn);
    }

    void take(Scenario s) {
        title = s.title();
        area = s.area();
        criticality = s.criticality();
        estimatedMinutes = s.estimatedMinutes();
        dependsOn = s.dependsOn();
    }

    /** The cutover's scenarios in the order they were listed. */
    public static List<ScenarioRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by position, scenarioId", cutoverId);
    }

    public static List<Scenario> domainOf(UUID cutoverId) {
        return ofCutover(cutoverId).stream().map(ScenarioRow::toDomain).toList();
    }

    public static Optional<ScenarioRow> of(UUID cutoverId, String scenarioId) {
        return find("cutoverId = ?1 and scenarioId = ?2", cutoverId, scenarioId).firstResultOptional();
    }
}
