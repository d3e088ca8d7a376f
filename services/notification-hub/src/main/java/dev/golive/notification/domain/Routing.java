package dev.golive.notification.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who hears a notice, on which channel:
 * <ul>
 *   <li>a personal notice ({@link Notice#onlyForUsername()}) goes to that username only;</li>
 *   <li>a recipient hears it on each channel one of their subscriptions covers (the kind or
 *       {@value Subscription#EVERY_KIND}, and at least the subscription's severity) — or, for a
 *       {@link NoticeKind#mandatory() mandatory} kind (a page), on every channel they have;</li>
 *   <li>e-mail only with an address; webhook once per target (none without targets); feed always;</li>
 *   <li>each (recipient, channel, target) at most once, however many subscriptions cover it and
 *       even when the same stakeholder is listed twice; in the order of the recipients, then
 *       EMAIL, WEBHOOK (targets in order), FEED.</li>
 * </ul>
 */
public final class Routing {

    private Routing() {
    }

    public static List<Addressee> recipients(Notice notice, List<Recipient> recipients) {
        Objects.requireNonNull(notice, "notice");
        List<Addressee> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Recipient r : recipients) {
            if (!seen.add(r.stakeholderId())) {
                continue;
            }
            if (notice.onlyForUsername().isPresent() && !r.is(notice.onlyForUsername().get())) {
                continue;
            }
            Set<Channel> wanted = EnumSet.noneOf(Channel.class);
            if (notice.kind().mandatory()) {
                wanted.addAll(EnumSet.allOf(Channel.class));
            } else {
                r.subscriptions().stream().filter(s -> s.covers(notice)).forEach(s -> wanted.add(s.channel()));
            }
            wanted.retainAll(r.availableChannels());
            for (Channel c : wanted) {
                if (c == Channel.WEBHOOK) {
                    Set<String> targets = new HashSet<>();
                    r.webhooks().stream().filter(t -> targets.add(t.id())).forEach(t -> out.add(Addressee.webhook(r, t)));
                } else {
                    out.add(new Addressee(r, c));
                }
            }
        }
        return List.copyOf(out);
    }
}
