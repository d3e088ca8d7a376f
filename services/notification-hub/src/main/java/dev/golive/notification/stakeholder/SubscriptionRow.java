package dev.golive.notification.stakeholder;

import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.Severity;
import dev.golive.notification.domain.Subscription;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** One subscription of a stakeholder: which kind of notice (or * for all), from which severity, on which channel. */
@Entity
@Table(name = "subscription")
public class SubscriptionRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "stakeholder_id", nullable = false)
    public UUID stakeholderId;

    @Column(name = "event_kind", nullable = false)
    public String eventKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_severity", nullable = false)
    public Severity minimumSeverity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    public static List<SubscriptionRow> of(UUID stakeholderId) {
        return list("stakeholderId = ?1 order by id", stakeholderId);
    }

    public Subscription toDomain() {
        return new Subscription(eventKind, minimumSeverity, channel);
    }

    static SubscriptionRow of(UUID stakeholderId, Subscription subscription) {
        SubscriptionRow row = new SubscriptionRow();
        row.stakeholderId = stakeholderId;
        row.eventKind = subscription.eventKind();
        row.minimumSeverity = subscription.minimumSeverity();
        row.channel = subscription.channel();
        return row;
    }
}
