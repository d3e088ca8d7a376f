package dev.golive.notification.stakeholder;

import dev.golive.notification.domain.WebhookFormat;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a stakeholder's webhook messages go. The signing secret is kept to sign each request;
 * the API shows it once, in the response that created the target, and {@link #toString()} never.
 */
@Entity
@Table(name = "webhook_target")
public class WebhookTargetRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "stakeholder_id", nullable = false)
    public UUID stakeholderId;

    @Column(nullable = false)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookFormat format;

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<WebhookTargetRow> of(UUID stakeholderId) {
        return list("stakeholderId = ?1 order by createdAt, id", stakeholderId);
    }

    public static Optional<WebhookTargetRow> of(UUID stakeholderId, UUID id) {
        return find("stakeholderId = ?1 and id = ?2", stakeholderId, id).firstResultOptional();
    }

    @Override
    public String toString() {
        return "WebhookTarget[" + id + " " + format + " " + url + "]";
    }
}
