package dev.golive.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of on-call staff and its escalation: PRIMARY → SECONDARY → OPS_LEAD → EXHAUSTED, preceded by
 * OWNER when its trigger names the person whose task it is ({@link PageTrigger#owner()}). Each
 * level pages the person {@link OnCallResolver} names for it at that moment; a level with nobody,
 * or with only someone this page already reached (one ON_CALL stakeholder is both primary and
 * secondary, say), is skipped at once — paging the same silent person again would only delay the
 * next one by a whole timeout. Unacknowledged by its deadline ({@code ackTimeout} after it was
 * sent), a step escalates to the next level. Every step is kept, in order.
 *
 * <p>Immutable: {@link #acknowledge} and {@link #escalate} return the page after the change
 * ({@link #newSteps} tells what to announce). The public constructor restores a stored page.
 *
 * <h2>Who may acknowledge</h2>
 * <ul>
 *   <li>the person paged at the current level;</li>
 *   <li>anyone this page reached before (the primary who answers just after the page went on to
 *       the secondary): they are there and taking it, and refusing them would wake one more
 *       person for nothing;</li>
 *   <li>an ops lead, at any level: they run the weekend and may take the page over — the caller
 *       says so ({@code asOpsLead}, from the caller's role), the page records it.</li>
 * </ul>
 * Anyone else gets {@link PageAcknowledgementDenied}. An acknowledgement that arrives after the
 * deadline but before the escalation was processed still counts: someone is on it.
 *
 * <h2>Twice, or too late</h2>
 * Acknowledging again by whoever acknowledged is idempotent (a second click on the link changes
 * nothing); by someone else it is a {@link PageAlreadyClosed} conflict, which names who has it.
 * An exhausted page cannot be acknowledged ({@link PageAlreadyClosed}): its record says nobody
 * answered in time and stays so; whoever picks the problem up works on the incident itself.
 */
public record Page(String pageId, String cutoverId, String reason, String sourceEventId, String sourceEventType,
                   Duration ackTimeout, List<PageStep> steps, Optional<Acknowledgement> acknowledgement) {

    /** The default time to acknowledge before escalation. */
    public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofMinutes(10);

    public Page {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(cutoverId, "cutoverId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(sourceEventType, "sourceEventType");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        if (ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("ackTimeout must be positive, was " + ackTimeout);
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a page has at least one step");
        }
    }

    /**
     * Opens a page at {@code now}: pages the first level that has someone, or is exhausted at once
     * when no level has anyone.
     */
    public static Page open(String pageId, String cutoverId, String reason, String sourceEventId, String sourceEventType,
                            OnCallResolver resolver, Instant now, Duration ackTimeout) {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(now, "now");
        List<PageStep> steps = new ArrayList<>();
        advance(steps, PageLevel.PRIMARY, resolver, now, ackTimeout);
        return new Page(pageId, cutoverId, reason, sourceEventId, sourceEventType, ackTimeout, steps, Optional.empty());
    }

    /**
     * Opens a page for a trigger ({@link PageTriggers}): its owner first when it names one (unacknowledged,
     * the page escalates to the on-call roster's primary, and so on), else the first level that has someone.
     */
    public static Page open(String pageId, PageTrigger trigger, OnCallResolver resolver, Instant now, Duration ackTimeout) {
        if (trigger.owner().isEmpty()) {
            return open(pageId, trigger.cutoverId(), trigger.reason(), trigger.sourceEventId(), trigger.sourceEventType(),
                    resolver, now, ackTimeout);
        }
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(now, "now");
        List<PageStep> steps = List.of(PageStep.paged(PageLevel.OWNER, trigger.owner().get(), now, now.plus(ackTimeout)));
        return new Page(pageId, trigger.cutoverId(), trigger.reason(), trigger.sourceEventId(), trigger.sourceEventType(),
                ackTimeout, steps, Optional.empty());
    }

    public PageStatus status() {
        if (acknowledgement.isPresent()) {
            return PageStatus.ACKNOWLEDGED;
        }
        return last().outcome() == StepOutcome.EXHAUSTED ? PageStatus.EXHAUSTED : PageStatus.OPEN;
    }

    /** The level the page is at: that of its last step. */
    public PageLevel level() {
        return last().level();
    }

    /** The step waiting for an acknowledgement, while the page is open. */
    public Optional<PageStep> current() {
        return last().outcome() == StepOutcome.PENDING && acknowledgement.isEmpty() ? Optional.of(last()) : Optional.empty();
    }

    /** Who is paged now, while the page is open. */
    public Optional<String> currentUsername() {
        return current().flatMap(PageStep::username);
    }

    /** When the page escalates unless acknowledged, while it is open. */
    public Optional<Instant> ackDeadline() {
        return current().flatMap(PageStep::ackDeadline);
    }

    /** Whether the page is open and its deadline has come ({@code now ≥ deadline}). */
    public boolean escalationDue(Instant now) {
        return ackDeadline().map(d -> !now.isBefore(d)).orElse(false);
    }

    /** {@link #acknowledge(String, Instant, boolean)} by someone who is not acting as the ops lead. */
    public Page acknowledge(String username, Instant now) {
        return acknowledge(username, now, false);
    }

    /**
     * The page acknowledged by {@code username} at {@code now}.
     *
     * @param asOpsLead whether the caller holds the ops-lead role (who may acknowledge any level)
     * @throws PageAcknowledgementDenied when the caller was not paged by this page and is not an ops lead
     * @throws PageAlreadyClosed when someone else acknowledged, or the page is exhausted
     */
    public Page acknowledge(String username, Instant now, boolean asOpsLead) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(now, "now");
        if (acknowledgement.isPresent()) {
            Acknowledgement a = acknowledgement.get();
            if (a.username().equalsIgnoreCase(username)) {
                return this;
            }
            throw new PageAlreadyClosed("page " + pageId + " was already acknowledged by " + a.username() + " at " + a.at());
        }
        if (status() == PageStatus.EXHAUSTED) {
            throw new PageAlreadyClosed("page " + pageId + " was exhausted at " + last().sentAt()
                    + ": nobody acknowledged in time");
        }
        boolean reached = steps.stream().anyMatch(s -> s.paged(username));
        if (!reached && !asOpsLead) {
            throw new PageAcknowledgementDenied(username + " was not paged by page " + pageId
                    + "; only the people it paged or an ops lead may acknowledge it");
        }
        List<PageStep> next = new ArrayList<>(steps);
        next.set(next.size() - 1, last().ended(StepOutcome.ACKNOWLEDGED, now));
        return new Page(pageId, cutoverId, reason, sourceEventId, sourceEventType, ackTimeout, next,
                Optional.of(new Acknowledgement(username, level(), now, !reached)));
    }

    /**
     * The page escalated at {@code now}, when its deadline has come and nobody acknowledged: the
     * current step ends ESCALATED and the next level that has someone new is paged (levels with
     * nobody are recorded as SKIPPED), or the page is exhausted. Otherwise — not due yet,
     * acknowledged, exhausted — the page unchanged, so that a trigger firing twice or late does no harm.
     */
    public Page escalate(OnCallResolver resolver, Instant now) {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(now, "now");
        if (!escalationDue(now)) {
            return this;
        }
        List<PageStep> next = new ArrayList<>(steps);
        next.set(next.size() - 1, last().ended(StepOutcome.ESCALATED, now));
        advance(next, level().next(), resolver, now, ackTimeout);
        return new Page(pageId, cutoverId, reason, sourceEventId, sourceEventType, ackTimeout, next, acknowledgement);
    }

    /** The steps this page has and {@code earlier} (the same page before a change) had not: what to announce. */
    public List<PageStep> newSteps(Page earlier) {
        if (!earlier.pageId.equals(pageId) || earlier.steps.size() > steps.size()) {
            throw new IllegalArgumentException("not an earlier state of page " + pageId);
        }
        return steps.subList(earlier.steps.size(), steps.size());
    }

    private PageStep last() {
        return steps.get(steps.size() - 1);
    }

    /** Appends the steps from {@code level} on until someone new is paged or the page is exhausted. */
    private static void advance(List<PageStep> steps, PageLevel level, OnCallResolver resolver, Instant now,
                                Duration ackTimeout) {
        for (PageLevel l = level; l != PageLevel.EXHAUSTED; l = l.next()) {
            Optional<String> who = resolver.who(l, now);
            if (who.isPresent() && steps.stream().noneMatch(s -> s.paged(who.get()))) {
                steps.add(PageStep.paged(l, who.get(), now, now.plus(ackTimeout)));
                return;
            }
            steps.add(PageStep.skipped(l, now));
        }
        steps.add(PageStep.exhausted(now));
    }
}
