package dev.golive.integration.checklist;

import dev.golive.integration.domain.ChecklistItem;
import dev.golive.integration.domain.ChecklistItemKind;
import dev.golive.integration.domain.ChecklistStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The current state of one checklist item of an integration. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItemRow extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "integration_id")
        public UUID integrationId;

        @Enumerated(EnumType.STRING)
        @Column(name = "item")
        public ChecklistItemKind item;

        public Key() {
        }

        public Key(UUID integrationId, ChecklistItemKind item) {
            this.integrationId = integrationId;
            this.item = item;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(integrationId, k.integrationId) && item == k.item;
        }

        @Override
        public int hashCode() {
            return Objects.hash(integrationId, item);
        }
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChecklistStatus status;

    public String evidence;

    @Column(name = "checked_by")
    public String checkedBy;

    public String reason;

    @Column(name = "changed_at")
    public Instant changedAt;

    ChecklistItem toDomain() {
        return new ChecklistItem(key.item, status, evidence, checkedBy, reason, changedAt);
    }

    void set(ChecklistItem item) {
        status = item.status();
        evidence = item.evidence();
        checkedBy = item.checkedBy();
        reason = item.reason();
        changedAt = item.changedAt();
    }
}
