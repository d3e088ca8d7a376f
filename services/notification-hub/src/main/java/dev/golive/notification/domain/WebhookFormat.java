package dev.golive.notification.domain;

/** The body a webhook target receives. */
public enum WebhookFormat {
    /** Golive's own JSON: the notice, its facts and the rendered text. */
    GOLIVE_JSON,
    /** {@code {"text": "..."}}, what a chat tool's incoming webhook accepts ({@link ChatText}). */
    CHAT_TEXT
}
