package dev.golive.notification.stakeholder;

import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.Severity;
import dev.golive.notification.domain.StakeholderRole;
import dev.golive.notification.domain.Subscription;
import dev.golive.notification.domain.WebhookFormat;
import dev.golive.notification.domain.WebhookTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The stakeholders of a cutover as routing and wording see them.
 *
 * <p>Every event of a cutover reads them (a critical incident twice: its notice and its page), so they are
 * read in three plain SQL queries whatever the number of people — their rows, then all their webhook
 * targets and all their subscriptions at once — as values, not entities. The profile of a burst of
 * incidents showed the former way (a query per person and kind of row, each row an entity to
 * dirty-check at every later flush) and then JPQL's translation of an {@code in} list, redone at every
 * call, as the larger part of an incident's work.
 */
@ApplicationScoped
public class Recipients {

    private final EntityManager entityManager;

    public Recipients(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public List<Recipient> of(UUID cutoverId) {
        List<Object[]> people = entityManager.createNativeQuery("""
                        SELECT id, username, role, zone, language, email FROM stakeholder
                        WHERE cutover_id = ?1 ORDER BY created_at, id""")
                .setParameter(1, cutoverId).getResultList();
        if (people.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<WebhookTarget>> webhooks = new HashMap<>();
        ((List<Object[]>) entityManager.createNativeQuery("""
                        SELECT t.stakeholder_id, t.id, t.url, t.format FROM webhook_target t
                        JOIN stakeholder s ON s.id = t.stakeholder_id
                        WHERE s.cutover_id = ?1 ORDER BY t.created_at, t.id""")
                .setParameter(1, cutoverId).getResultList())
                .forEach(t -> webhooks.computeIfAbsent(uuid(t[0]), id -> new ArrayList<>())
                        .add(new WebhookTarget(t[1].toString(), (String) t[2], WebhookFormat.valueOf((String) t[3]))));
        Map<UUID, List<Subscription>> subscriptions = new HashMap<>();
        ((List<Object[]>) entityManager.createNativeQuery("""
                        SELECT b.stakeholder_id, b.event_kind, b.minimum_severity, b.channel FROM subscription b
                        JOIN stakeholder s ON s.id = b.stakeholder_id
                        WHERE s.cutover_id = ?1 ORDER BY b.id""")
                .setParameter(1, cutoverId).getResultList())
                .forEach(b -> subscriptions.computeIfAbsent(uuid(b[0]), id -> new ArrayList<>())
                        .add(new Subscription((String) b[1], Severity.valueOf((String) b[2]), Channel.valueOf((String) b[3]))));
        return people.stream().map(p -> recipient(uuid(p[0]), (String) p[1], StakeholderRole.valueOf((String) p[2]),
                (String) p[3], (String) p[4], (String) p[5], webhooks.getOrDefault(uuid(p[0]), List.of()),
                subscriptions.getOrDefault(uuid(p[0]), List.of()))).toList();
    }

    /** The names the cutover's stakeholders go by: login in lower case → name, for messages to say who. */
    @SuppressWarnings("unchecked")
    public Map<String, String> names(UUID cutoverId) {
        Map<String, String> names = new HashMap<>();
        ((List<Object[]>) entityManager.createNativeQuery("""
                        SELECT username, name FROM stakeholder WHERE cutover_id = ?1 ORDER BY created_at, id""")
                .setParameter(1, cutoverId).getResultList())
                .forEach(s -> names.putIfAbsent(((String) s[0]).toLowerCase(Locale.ROOT), (String) s[1]));
        return names;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    public static Recipient of(StakeholderRow row) {
        return recipient(row.id, row.username, row.role, row.zone, row.language, row.email,
                WebhookTargetRow.of(row.id).stream().map(t -> new WebhookTarget(t.id.toString(), t.url, t.format)).toList(),
                SubscriptionRow.of(row.id).stream().map(SubscriptionRow::toDomain).toList());
    }

    private static Recipient recipient(UUID id, String username, StakeholderRole role, String zone, String language,
                                       String email, List<WebhookTarget> webhooks, List<Subscription> subscriptions) {
        return new Recipient(id.toString(), username, role, ZoneId.of(zone), Locale.forLanguageTag(language),
                Optional.ofNullable(email), List.copyOf(webhooks), List.copyOf(subscriptions));
    }

    /**
     * Someone on the roster who is not a stakeholder of the cutover: reached in the feed only, in the
     * cutover's zone and in English. The id is the username, so their deliveries still have a key.
     */
    public static Recipient rosterOnly(String username, ZoneId cutoverZone, StakeholderRole role) {
        return new Recipient("roster:" + username, username, role, cutoverZone, Locale.ENGLISH, Optional.empty(),
                List.of(), List.of());
    }
}
