package dev.golive.runbook.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The secret the upgrade platform signs a cutover's calls with. Never shown after creation. */
@Entity
@Table(name = "webhook_secret")
public class WebhookSecretRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public String toString() {
        return "WebhookSecretRow[" + cutoverId + ", created by " + createdBy + "]";
    }
}
