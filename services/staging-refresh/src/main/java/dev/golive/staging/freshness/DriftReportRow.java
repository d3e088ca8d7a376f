package dev.golive.staging.freshness;

import dev.golive.staging.domain.Drift;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report of what production changed (custom-module commits, module-list changes). Reports add
 * up: the drift of a rehearsal is the sum of the reports made after its production backup.
 */
@Entity
@Table(name = "drift_report")
public class DriftReportRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(name = "custom_module_commits", nullable = false)
    public int customModuleCommits;

    @Column(name = "module_list_changes", nullable = false)
    public int moduleListChanges;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    /** The drift reported after {@code backupAt} (every report when it is null). */
    public static Drift since(UUID cutoverId, Instant backupAt) {
        List<DriftReportRow> reports = backupAt == null
                ? list("cutoverId", cutoverId)
                : list("cutoverId = ?1 and reportedAt > ?2", cutoverId, backupAt);
        int commits = 0;
        int modules = 0;
        for (DriftReportRow r : reports) {
            commits = Math.addExact(commits, r.customModuleCommits);
            modules = Math.addExact(modules, r.moduleListChanges);
        }
        return new Drift(commits, modules);
    }
}
