package dev.golive.staging.freshness;

import dev.golive.staging.domain.FreshnessPolicy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A cutover's freshness policy, when the ops lead set one (otherwise {@link FreshnessPolicy#defaults()}). */
@Entity
@Table(name = "freshness_policy")
public class FreshnessPolicyRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Column(name = "max_age_s", nullable = false)
    public long maxAgeSeconds;

    @Column(name = "max_custom_module_commits", nullable = false)
    public int maxCustomModuleCommits;

    @Column(name = "max_module_list_changes", nullable = false)
    public int maxModuleListChanges;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public FreshnessPolicy toDomain() {
        return new FreshnessPolicy(Duration.ofSeconds(maxAgeSeconds), maxCustomModuleCommits, maxModuleListChanges);
    }

    /** The cutover's policy, or the defaults. */
    public static FreshnessPolicy policyOf(UUID cutoverId) {
        FreshnessPolicyRow row = findById(cutoverId);
        return row == null ? FreshnessPolicy.defaults() : row.toDomain();
    }
}
