package dev.golive.notification.stakeholder;

import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.StakeholderRole;
import dev.golive.notification.domain.WebhookTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The stakeholders of a cutover as routing and wording see them. */
@ApplicationScoped
public class Recipients {

    public List<Recipient> of(UUID cutoverId) {
        return StakeholderRow.ofCutover(cutoverId).stream().map(Recipients::of).toList();
    }

    /** The names the cutover's stakeholders go by: login in lower case → name, for messages to say who. */
    public Map<String, String> names(UUID cutoverId) {
        Map<String, String> names = new HashMap<>();
        StakeholderRow.ofCutover(cutoverId).forEach(s -> names.putIfAbsent(s.username.toLowerCase(Locale.ROOT), s.name));
        return names;
    }

    public static Recipient of(StakeholderRow row) {
        List<WebhookTarget> webhooks = WebhookTargetRow.of(row.id).stream()
                .map(t -> new WebhookTarget(t.id.toString(), t.url, t.format)).toList();
        return new Recipient(row.id.toString(), row.username, row.role, ZoneId.of(row.zone),
                Locale.forLanguageTag(row.language), Optional.ofNullable(row.email), webhooks,
                SubscriptionRow.of(row.id).stream().map(SubscriptionRow::toDomain).toList());
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
