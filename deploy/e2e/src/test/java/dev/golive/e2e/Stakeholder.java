package dev.golive.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person who hears about a cutover from notification-hub: their login, role, e-mail address (or
 * none), webhook (its name on the {@link WebhookReceiver} and format, or none) and explicit
 * subscriptions (none: the role's defaults).
 */
record Stakeholder(String username, String name, String role, String email, String hook, String hookFormat,
                   List<Subscription> subscriptions) {

    /** One explicit subscription: a notice kind (or "*"), the least severity, the channel. */
    record Subscription(String eventKind, String minimumSeverity, String channel) {
    }

    static Stakeholder of(String username, String name, String role) {
        return new Stakeholder(username, name, role, null, null, null, null);
    }

    Stakeholder email(String address) {
        return new Stakeholder(username, name, role, address, hook, hookFormat, subscriptions);
    }

    Stakeholder webhook(String hookName, String format) {
        return new Stakeholder(username, name, role, email, hookName, format, subscriptions);
    }

    Stakeholder subscribedTo(Subscription... chosen) {
        return new Stakeholder(username, name, role, email, hook, hookFormat, List.of(chosen));
    }

    /** The channels this person can be reached on; the feed always. */
    List<String> channels() {
        List<String> channels = new ArrayList<>();
        if (email != null) {
            channels.add("EMAIL");
        }
        if (hook != null) {
            channels.add("WEBHOOK");
        }
        channels.add("FEED");
        return channels;
    }

    /** The body of {@code POST /api/cutovers/{id}/stakeholders}. */
    Map<String, Object> body(String zone, WebhookReceiver receiver) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("username", username);
        body.put("role", role);
        body.put("zone", zone);
        body.put("language", "en");
        if (email != null) {
            body.put("email", email);
        }
        body.put("webhooks", hook == null ? List.of() : List.of(Map.of("url", receiver.url(hook), "format", hookFormat)));
        if (subscriptions != null) {
            body.put("subscriptions", subscriptions.stream().map(s -> Map.of("eventKind", s.eventKind(),
                    "minimumSeverity", s.minimumSeverity(), "channel", s.channel())).toList());
        }
        return body;
    }
}
