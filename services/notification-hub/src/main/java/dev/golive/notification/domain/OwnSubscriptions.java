package dev.golive.notification.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a person may change of their own subscriptions: which kinds of notice they hear, nothing else
 * (channels, severities and webhook targets stay the ops lead's). A kind turned off loses every
 * subscription naming it (an "every kind" subscription is spelt out kind by kind, keeping its
 * severity and channel); a kind turned on is heard on every channel the person already uses, from
 * INFO up; a kind left as it was keeps its subscriptions untouched. {@link NoticeKind#PAGE} is not
 * theirs to turn off (a page reaches the person on call whatever they chose).
 */
public final class OwnSubscriptions {

    private OwnSubscriptions() {
    }

    /** The kinds a person may turn on or off, in the order they are listed. */
    public static List<NoticeKind> choosable() {
        return EnumSet.complementOf(EnumSet.of(NoticeKind.PAGE)).stream().toList();
    }

    /** The choosable kinds {@code subscriptions} let through (at some severity, on some channel). */
    public static Set<NoticeKind> heard(List<Subscription> subscriptions) {
        Set<NoticeKind> heard = EnumSet.noneOf(NoticeKind.class);
        for (Subscription s : subscriptions) {
            if (Subscription.EVERY_KIND.equals(s.eventKind())) {
                heard.addAll(choosable());
            } else {
                for (NoticeKind kind : choosable()) {
                    if (kind.name().equals(s.eventKind())) {
                        heard.add(kind);
                    }
                }
            }
        }
        return heard;
    }

    /**
     * The subscriptions after the person chose to hear exactly {@code wanted}.
     *
     * @param whenNone the channels to use for a kind turned on when the person has no subscription left
     *                 to take channels from (what they can be reached on)
     */
    public static List<Subscription> choose(List<Subscription> current, Set<NoticeKind> wanted, Set<Channel> whenNone) {
        Set<NoticeKind> heardBefore = heard(current);
        if (heardBefore.equals(wanted)) {
            return List.copyOf(current);
        }
        List<Subscription> next = new ArrayList<>();
        for (Subscription s : current) {
            if (Subscription.EVERY_KIND.equals(s.eventKind())) {
                for (NoticeKind kind : choosable()) {
                    if (wanted.contains(kind) && !namedOn(current, kind, s.channel())) {
                        next.add(new Subscription(kind, s.minimumSeverity(), s.channel()));
                    }
                }
            } else if (wanted.stream().anyMatch(k -> k.name().equals(s.eventKind()))) {
                next.add(s);
            }
        }
        Set<Channel> channels = new LinkedHashSet<>();
        current.forEach(s -> channels.add(s.channel()));
        if (channels.isEmpty()) {
            channels.addAll(whenNone);
        }
        for (NoticeKind kind : choosable()) {
            if (wanted.contains(kind) && !heardBefore.contains(kind)) {
                channels.forEach(c -> next.add(new Subscription(kind, Severity.INFO, c)));
            }
        }
        return List.copyOf(next);
    }

    private static boolean namedOn(List<Subscription> subscriptions, NoticeKind kind, Channel channel) {
        return subscriptions.stream().anyMatch(s -> s.channel() == channel && kind.name().equals(s.eventKind()));
    }
}
