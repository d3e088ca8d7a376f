package dev.golive.notification.domain;

import java.util.Objects;

/**
 * What a person wants to hear on one channel: notices of {@code eventKind} (a {@link NoticeKind}
 * name, or {@value #EVERY_KIND} for every kind) of at least {@code minimumSeverity}.
 */
public record Subscription(String eventKind, Severity minimumSeverity, Channel channel) {

    public static final String EVERY_KIND = "*";

    public Subscription {
        Objects.requireNonNull(eventKind, "eventKind");
        Objects.requireNonNull(minimumSeverity, "minimumSeverity");
        Objects.requireNonNull(channel, "channel");
    }

    public Subscription(NoticeKind kind, Severity minimumSeverity, Channel channel) {
        this(kind.name(), minimumSeverity, channel);
    }

    /** Whether this subscription asks for {@code notice} (on its channel). */
    public boolean covers(Notice notice) {
        return (EVERY_KIND.equals(eventKind) || notice.kind().name().equals(eventKind))
                && notice.severity().atLeast(minimumSeverity);
    }
}
