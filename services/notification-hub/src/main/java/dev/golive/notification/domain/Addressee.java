package dev.golive.notification.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One delivery to make: a recipient on one channel, and for {@link Channel#WEBHOOK} the one
 * target (a person with two webhook targets is two addressees).
 */
public record Addressee(Recipient recipient, Channel channel, Optional<WebhookTarget> webhook) {

    /** What {@link #targetId()} is for the channels that have a single target. */
    public static final String SINGLE_TARGET = "-";

    public Addressee {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(webhook, "webhook");
        if ((channel == Channel.WEBHOOK) != webhook.isPresent()) {
            throw new IllegalArgumentException("a WEBHOOK addressee names exactly one target, other channels none");
        }
    }

    public Addressee(Recipient recipient, Channel channel) {
        this(recipient, channel, Optional.empty());
    }

    public static Addressee webhook(Recipient recipient, WebhookTarget target) {
        return new Addressee(recipient, Channel.WEBHOOK, Optional.of(target));
    }

    /** The webhook target's id, or {@value #SINGLE_TARGET} for e-mail and feed. */
    public String targetId() {
        return webhook.map(WebhookTarget::id).orElse(SINGLE_TARGET);
    }
}
