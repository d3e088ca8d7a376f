package dev.golive.notification.domain;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A stakeholder of one cutover as routing and wording see them. */
public record Recipient(String stakeholderId, String username, StakeholderRole role, ZoneId zone, Locale language,
                        Optional<String> email, List<WebhookTarget> webhooks, List<Subscription> subscriptions) {

    public Recipient {
        Objects.requireNonNull(stakeholderId, "stakeholderId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(email, "email");
        webhooks = List.copyOf(webhooks);
        subscriptions = List.copyOf(subscriptions);
    }

    /** The channels this person can be reached on: FEED always, EMAIL with an address, WEBHOOK with a target. */
    public Set<Channel> availableChannels() {
        return availableChannels(email.isPresent(), !webhooks.isEmpty());
    }

    static Set<Channel> availableChannels(boolean hasEmail, boolean hasWebhook) {
        Set<Channel> channels = EnumSet.of(Channel.FEED);
        if (hasEmail) {
            channels.add(Channel.EMAIL);
        }
        if (hasWebhook) {
            channels.add(Channel.WEBHOOK);
        }
        return channels;
    }

    /** Whether this is the person logged in as {@code login} (Keycloak usernames ignore case). */
    public boolean is(String login) {
        return login != null && username.equalsIgnoreCase(login);
    }
}
