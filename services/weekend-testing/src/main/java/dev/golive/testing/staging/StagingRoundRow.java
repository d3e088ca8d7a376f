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

/** A staging round: the catalogue planned over {@code [from, to)} on one rehearsal's staging database. */
@Entity
@Table(name = "staging_round")
public class StagingRoundRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "rehearsal_id", nullable = false)
    public String rehearsalId;

    @Column(name = "from_at", nullable = false)
    public Instant from;

    @Column(name = "to_at", nullable = false)
    public Instant to;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The cutover's rounds, newest first. */
    public static List<StagingRoundRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by createdAt desc, id", cutoverId);
    }

    public static Optional<StagingRoundRow> of(UUID cutoverId, UUID id) {
        return find("cutoverId = ?1 and id = ?2", cutoverId, id).firstResultOptional();
    }

    /** The newest round on {@code rehearsalId}, if any. */
    public static Optional<StagingRoundRow> newestOn(UUID cutoverId, String rehearsalId) {
        return find("cutoverId = ?1 and rehearsalId = ?2 order by createdAt desc, id", cutoverId, rehearsalId)
                .firstResultOptional();
    }
}
