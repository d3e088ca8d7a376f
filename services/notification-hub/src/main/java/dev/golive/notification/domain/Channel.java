package dev.golive.notification.domain;

/** How a message reaches a person. */
public enum Channel {
    /** To the stakeholder's e-mail address. */
    EMAIL,
    /** An HTTP POST to each of the stakeholder's webhook targets, signed ({@link WebhookSignature}). */
    WEBHOOK,
    /** The in-app feed, found by the person's username; always available. */
    FEED
}
