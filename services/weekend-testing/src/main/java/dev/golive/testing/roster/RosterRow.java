package dev.golive.testing.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Who published the cutover's roster last, and when. */
@Entity
@Table(name = "roster")
public class RosterRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
