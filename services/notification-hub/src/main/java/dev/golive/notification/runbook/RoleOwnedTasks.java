package dev.golive.notification.runbook;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.messaging.cutover.CutoverMembers;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.Notices;
import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.Routing;
import dev.golive.notification.domain.Severity;
import dev.golive.notification.domain.StakeholderRole;
import dev.golive.notification.domain.Subscription;
import dev.golive.notification.notify.Notifier;
import dev.golive.notification.stakeholder.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An overdue runbook task owned by a role of people — ops-lead or tester — is told to the cutover's
 * members holding that role in their feed, whatever they subscribed to: it is theirs to finish. Those
 * the notice already reached in their feed (an ops lead hears every notice) are not told twice. The
 * on-call escalation is paged as for any overdue task ({@link dev.golive.notification.domain.PageTriggers});
 * a task of the on-call role or of a machine has nobody more to tell than that page.
 */
@ApplicationScoped
public class RoleOwnedTasks {

    /** The roles whose members are told in their feed, and what the hub calls them. */
    private static final java.util.Map<String, StakeholderRole> TOLD_ROLES = java.util.Map.of(
            Roles.OPS_LEAD, StakeholderRole.OPS_LEAD, Roles.TESTER, StakeholderRole.TESTER);

    private final CutoverMembers members;
    private final Recipients recipients;
    private final Notifier notifier;

    public RoleOwnedTasks(CutoverMembers members, Recipients recipients, Notifier notifier) {
        this.members = members;
        this.recipients = recipients;
        this.notifier = notifier;
    }

    /** Tells the members of the task's role, when a role of people owns it; {@code notices}: what the event made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void overdue(RunbookTaskOverdue overdue, List<Notice> notices, CutoverProjection cutover) {
        TaskOwner owner = overdue.owner();
        if (owner == null || owner.kind() != TaskOwner.Kind.ROLE || owner.name() == null) {
            return;
        }
        StakeholderRole role = TOLD_ROLES.get(owner.name().strip().toLowerCase(Locale.ROOT));
        Optional<Notice> notice = notices.stream().filter(n -> n.kind() == NoticeKind.RUNBOOK_TASK_OVERDUE).findFirst();
        if (role == null || notice.isEmpty()) {
            return;
        }
        List<Recipient> stakeholders = recipients.of(cutover.cutoverId);
        Set<String> inTheirFeed = Routing.recipients(notice.get(), stakeholders).stream()
                .filter(a -> a.channel() == Channel.FEED)
                .map(a -> a.recipient().username().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> toTell = members.of(cutover.cutoverId).stream()
                .filter(m -> owner.name().strip().equalsIgnoreCase(m.role()))
                .map(CutoverMember::member)
                .filter(m -> !inTheirFeed.contains(m.toLowerCase(Locale.ROOT)))
                .toList();
        ZoneId zone = cutover.zone != null ? ZoneId.of(cutover.zone) : java.time.ZoneOffset.UTC;
        for (Notice personal : Notices.toEach(notice.get(), toTell)) {
            String username = personal.onlyForUsername().orElseThrow();
            notifier.notify(personal, cutover, List.of(feedOnly(username, role, stakeholders, zone)), Optional.empty());
        }
    }

    /**
     * The member as a recipient reached in the feed only, subscribed to this kind: as their stakeholder
     * entry has them (zone, language) when they have one, else in the cutover's zone and in English.
     */
    private static Recipient feedOnly(String username, StakeholderRole role, List<Recipient> stakeholders, ZoneId zone) {
        Recipient known = stakeholders.stream().filter(r -> r.is(username)).findFirst()
                .orElseGet(() -> Recipients.rosterOnly(username, zone, role));
        return new Recipient(known.stakeholderId(), known.username(), known.role(), known.zone(), known.language(),
                Optional.empty(), List.of(),
                List.of(new Subscription(NoticeKind.RUNBOOK_TASK_OVERDUE, Severity.INFO, Channel.FEED)));
    }
}
