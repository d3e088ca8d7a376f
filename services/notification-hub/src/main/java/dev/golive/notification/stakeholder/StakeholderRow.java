package dev.golive.notification.stakeholder;

import dev.golive.notification.domain.StakeholderRole;
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

/** A person who hears about a cutover: who they are, where they read their messages and in which language. */
@Entity
@Table(name = "stakeholder")
public class StakeholderRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StakeholderRole role;

    @Column(nullable = false)
    public String zone;

    @Column(nullable = false)
    public String language;

    public String email;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static List<StakeholderRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by createdAt, id", cutoverId);
    }

    public static Optional<StakeholderRow> of(UUID cutoverId, UUID id) {
        return find("cutoverId = ?1 and id = ?2", cutoverId, id).firstResultOptional();
    }

    public static Optional<StakeholderRow> byUsername(UUID cutoverId, String username) {
        return find("cutoverId = ?1 and username = ?2", cutoverId, username).firstResultOptional();
    }
}
