package dev.golive.testing.result;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The coverage last announced for a cutover, and when its weekend was signed off. */
@Entity
@Table(name = "coverage_state")
public class CoverageState extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    /** JSON of the areas announced in the last CoverageChanged. */
    @Column(nullable = false)
    public String coverage;

    @Column(name = "signed_off_at")
    public Instant signedOffAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
