package dev.golive.integration.checklist;

import dev.golive.integration.domain.ChecklistItem;
import dev.golive.integration.domain.ChecklistItemKind;
import dev.golive.integration.domain.ChecklistStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a checklist item, kept when a reopening clears the item's evidence. */
@Entity
@Table(name = "checklist_history")
public class ChecklistHistoryRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "integration_id", nullable = false)
    public UUID integrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChecklistItemKind item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChecklistStatus status;

    public String evidence;

    @Column(name = "checked_by")
    public String checkedBy;

    public String reason;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    static void append(UUID integrationId, ChecklistItem item) {
        ChecklistHistoryRow row = new ChecklistHistoryRow();
        row.integrationId = integrationId;
        row.item = item.kind();
        row.status = item.status();
        row.evidence = item.evidence();
        row.checkedBy = item.checkedBy();
        row.reason = item.reason();
        row.changedAt = item.changedAt();
        row.persist();
    }

    public static List<ChecklistHistoryRow> of(UUID integrationId, ChecklistItemKind item) {
        return list("integrationId = ?1 and item = ?2 order by seq", integrationId, item);
    }
}
