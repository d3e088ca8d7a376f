package dev.golive.staging.production;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The size of a cutover's production database, as the ops lead or on-call last stated it. */
@Entity
@Table(name = "production_database")
public class ProductionDatabaseRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Column(name = "size_mb", nullable = false)
    public long sizeMb;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Production's database size in MB, null when nobody stated it. */
    public static Long sizeOf(UUID cutoverId) {
        ProductionDatabaseRow row = findById(cutoverId);
        return row == null ? null : row.sizeMb;
    }
}
