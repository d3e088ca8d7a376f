package dev.golive.notification.domain;

/** The body a webhook target receives. */
public enum WebhookFormat {
    /** Golive's own JSON: the notice, its facts and the rendered text. */
    GOLIVE_JSON,
    /** {@code {"text": "..."}}, what any chat tool's incoming webhook accepts ({@link ChatText}): the plain fallback. */
    CHAT_TEXT,
    /** A Slack incoming webhook: Block Kit {@code blocks} with the plain {@code text} as fallback ({@link ChatCards#slack}). */
    SLACK_BLOCKS,
    /** A Microsoft Teams webhook: a message with an Adaptive Card attachment and a plain summary ({@link ChatCards#teams}). */
    TEAMS_CARD
}
