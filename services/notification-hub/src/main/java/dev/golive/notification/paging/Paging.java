package dev.golive.notification.paging;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.notification.PageAcknowledged;
import dev.golive.contracts.notification.PageEscalated;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.Roles;
import dev.golive.messaging.cutover.CutoverMembers;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.cutover.CutoverProjector;
import dev.golive.notification.cutover.RosterShiftRow;
import dev.golive.notification.domain.CutoverContext;
import dev.golive.notification.domain.Facts;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.Notices;
import dev.golive.notification.domain.OnCallResolver;
import dev.golive.notification.domain.Page;
import dev.golive.notification.domain.PageLevel;
import dev.golive.notification.domain.PageStep;
import dev.golive.notification.domain.PageTrigger;
import dev.golive.notification.domain.PageTriggers;
import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.StakeholderRole;
import dev.golive.notification.notify.Notifier;
import dev.golive.notification.stakeholder.Recipients;
import dev.golive.problems.ProblemException;
import dev.golive.scheduling.trigger.Firing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pages on-call staff ({@link PageTriggers}: a critical incident or detection, a call to decide
 * now) and escalates ({@link Page}): each step pages one person on every channel they have, with a
 * one-time acknowledgement link, and sets a Quartz timer for its deadline. Everything a step does
 * — its row, its deliveries, its event, its timer — is written in one transaction.
 */
@ApplicationScoped
public class Paging {

    private static final Logger LOG = Logger.getLogger(Paging.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static final String VIA_API = "API";
    public static final String VIA_LINK = "LINK";
    /** Acknowledged by the team's chat bot for the person who answered in the chat. */
    public static final String VIA_CHAT = "CHAT";

    private final Clock clock;
    private final NotificationConfig config;
    private final Outbox outbox;
    private final Notifier notifier;
    private final Recipients recipients;
    private final EscalationSchedule escalation;
    private final EntityManager entityManager;
    private final CutoverMembers members;

    public Paging(Clock clock, NotificationConfig config, Outbox outbox, Notifier notifier, Recipients recipients,
                  EscalationSchedule escalation, EntityManager entityManager, CutoverMembers members) {
        this.members = members;
        this.clock = clock;
        this.config = config;
        this.outbox = outbox;
        this.notifier = notifier;
        this.recipients = recipients;
        this.escalation = escalation;
        this.entityManager = entityManager;
    }

    /** Opens a page when the event calls for one and none of its causes has paged yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PageRow> consider(String eventId, GoliveEvent event, CutoverProjection cutover) {
        Optional<PageTrigger> trigger = PageTriggers.from(eventId, event);
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        Optional<UUID> pagedBy = pagedBy(cutover.cutoverId, trigger.get());
        if (pagedBy.isPresent()) {
            // Remember the trigger's other names for that page too (the incident a paged detection became).
            recordCauses(cutover.cutoverId, trigger.get(), pagedBy.get());
            LOG.debugf("%s of %s is paged already", trigger.get().cause(), cutover.cutoverId);
            return Optional.empty();
        }
        Instant now = clock.instant();
        UUID pageId = UUID.randomUUID();
        List<Recipient> people = recipients.of(cutover.cutoverId);
        Page page = Page.open(pageId.toString(), trigger.get(), resolver(cutover, people), now, config.pageAckTimeout());
        PageRow row = new PageRow();
        row.id = pageId;
        row.cutoverId = cutover.cutoverId;
        row.reason = page.reason();
        row.sourceEventId = page.sourceEventId();
        row.sourceEventType = page.sourceEventType();
        row.createdAt = now;
        row.updatedAt = now;
        row.status = page.status();
        row.persistAndFlush();
        recordCauses(cutover.cutoverId, trigger.get(), pageId);
        announce(row, page, page.steps(), 0, null, cutover, people, Duration.ZERO);
        return Optional.of(row);
    }

    /**
     * The escalation timer, due at {@code dueAt}, fired: the next level is paged, unless the page was
     * acknowledged meanwhile. How late the timer fired is told in the event and the page.
     */
    @Transactional
    public void escalate(UUID pageId, Instant dueAt) {
        PageRow row = PageRow.findById(pageId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return;
        }
        CutoverProjection cutover = CutoverProjection.lock(row.cutoverId, clock.instant());
        Instant now = clock.instant();
        Page before = row.toDomain(config.pageAckTimeout());
        List<Recipient> people = recipients.of(row.cutoverId);
        Page after = before.escalate(resolver(cutover, people), now);
        List<PageStep> added = after.newSteps(before);
        if (added.isEmpty()) {
            LOG.debugf("page %s: nothing to escalate (%s)", pageId, before.status());
            return;
        }
        // The step that was waiting ended ESCALATED.
        PageStepRow waiting = PageStepRow.find("pageId = ?1 and seq = ?2", pageId, before.steps().size() - 1).firstResult();
        waiting.take(after.steps().get(before.steps().size() - 1));
        row.status = after.status();
        row.updatedAt = now;
        announce(row, after, added, before.steps().size(), before.level(), cutover, people,
                Firing.latenessOf(dueAt, now));
    }

    /**
     * {@code username} acknowledges; {@code asOpsLead} when the caller holds the ops-lead role.
     *
     * @throws dev.golive.notification.domain.PageAcknowledgementDenied when they may not
     * @throws dev.golive.notification.domain.PageAlreadyClosed when someone else has it, or it is exhausted
     */
    @Transactional
    public PageRow acknowledge(UUID pageId, String username, boolean asOpsLead, String via) {
        PageRow row = PageRow.findById(pageId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw ProblemException.notFound("page", pageId);
        }
        Instant now = clock.instant();
        Page before = row.toDomain(config.pageAckTimeout());
        Page after = before.acknowledge(username, now, asOpsLead);
        if (after.equals(before)) {
            return row; // acknowledged again by whoever acknowledged: nothing changes
        }
        int last = after.steps().size() - 1;
        PageStepRow.<PageStepRow>find("pageId = ?1 and seq = ?2", pageId, last).firstResult().take(after.steps().get(last));
        var ack = after.acknowledgement().orElseThrow();
        row.status = after.status();
        row.acknowledgedBy = ack.username();
        row.acknowledgedLevel = ack.level();
        row.acknowledgedAt = ack.at();
        row.acknowledgedAsOpsLead = ack.asOpsLead();
        row.acknowledgedVia = via;
        row.updatedAt = now;
        escalation.cancel(row.cutoverId, pageId);
        outbox.append(new PageAcknowledged(row.cutoverId.toString(), pageId.toString(), ack.level().name(), ack.username(),
                via, now));
        return row;
    }

    /**
     * A signed-in caller acknowledges: the person paged, or the cutover's ops lead (any level). The
     * ops-lead realm role counts only with a membership of the page's cutover as ops lead: an ops lead
     * of another client's cutover acknowledges nothing here.
     */
    @Transactional
    public PageRow acknowledgeByCaller(UUID pageId, String username, boolean holdsOpsLeadRole) {
        PageRow row = require(pageId);
        boolean opsLeadHere = holdsOpsLeadRole && members.rolesOf(row.cutoverId, username).contains(Roles.OPS_LEAD);
        return acknowledge(pageId, username, opsLeadHere, VIA_API);
    }

    /**
     * The team's chat bot acknowledges for {@code person}, who answered in the chat: only a bot that
     * takes part in the page's cutover as chat-bot, and only for someone the page reached.
     */
    @Transactional
    public PageRow acknowledgeFor(UUID pageId, String bot, String person) {
        PageRow row = require(pageId);
        if (!members.rolesOf(row.cutoverId, bot).contains(Roles.CHAT_BOT)) {
            throw ProblemException.notAMember(row.cutoverId, List.of(Roles.CHAT_BOT));
        }
        return acknowledge(pageId, person, false, VIA_CHAT);
    }

    private static PageRow require(UUID pageId) {
        PageRow row = PageRow.findById(pageId);
        if (row == null) {
            throw ProblemException.notFound("page", pageId);
        }
        return row;
    }

    /** The link in the message: the token names the step, and so the person paged by it. */
    @Transactional
    public PageRow acknowledgeByLink(UUID pageId, String token) {
        return acknowledge(pageId, stepOfLink(pageId, token).username, false, VIA_LINK);
    }

    /**
     * The page a link names, read only: opening the link shows the page and asks for a click, so a
     * mail scanner or a chat preview that fetches it acknowledges nothing.
     *
     * @return the page and the username the link was sent to
     */
    @Transactional
    public LinkedPage byLink(UUID pageId, String token) {
        PageStepRow step = stepOfLink(pageId, token);
        PageRow row = PageRow.findById(pageId);
        if (row == null) {
            throw ProblemException.notFound("page", pageId);
        }
        return new LinkedPage(PageView.of(row), step.username);
    }

    /** A page as its link shows it. */
    public record LinkedPage(PageView page, String sentTo) {
    }

    private PageStepRow stepOfLink(UUID pageId, String token) {
        Optional<PageStepRow> step = token == null || token.isBlank() ? Optional.empty()
                : PageStepRow.byToken(pageId, sha256(token));
        return step.orElseThrow(() -> ProblemException.notFound("page", pageId));
    }

    /**
     * Stores the new steps, pages the person of each step that pages someone and announces it; the
     * page escalates at the deadline of its last step unless acknowledged. {@code lateness}: how late
     * the escalation that adds them fired (zero when the page opens).
     */
    private void announce(PageRow row, Page page, List<PageStep> steps, int firstSeq, PageLevel escalatedFrom,
                          CutoverProjection cutover, List<Recipient> people, Duration lateness) {
        CutoverContext context = CutoverProjector.context(cutover);
        PageLevel from = escalatedFrom;
        for (int i = 0; i < steps.size(); i++) {
            PageStep step = steps.get(i);
            PageStepRow stepRow = new PageStepRow();
            stepRow.pageId = row.id;
            stepRow.seq = firstSeq + i;
            stepRow.take(step);
            if (step.paged()) {
                String token = newToken();
                stepRow.tokenSha256 = sha256(token);
                stepRow.persist();
                Recipient person = recipient(step.username().orElseThrow(), people, context);
                if (from != null) {
                    outbox.append(new PageEscalated(row.cutoverId.toString(), row.id.toString(), from.name(),
                            step.level().name(), person.stakeholderId(), step.sentAt(), lateness.toMillis()));
                }
                outbox.append(new PageSent(row.cutoverId.toString(), row.id.toString(), step.level().name(),
                        person.stakeholderId(), person.username(), row.reason, row.sourceEventId, row.sourceEventType,
                        step.ackDeadline().orElse(null), step.sentAt()));
                notifier.notify(withLink(Notices.page(page, step, lateness, context), stepRow, token), cutover, List.of(person),
                        Optional.of(row.id));
                from = step.level();
            } else {
                stepRow.persist();
                if (step.level() == PageLevel.EXHAUSTED && from != null) {
                    outbox.append(new PageEscalated(row.cutoverId.toString(), row.id.toString(), from.name(),
                            PageLevel.EXHAUSTED.name(), null, step.sentAt(), lateness.toMillis()));
                }
            }
        }
        page.ackDeadline().ifPresentOrElse(deadline -> escalation.schedule(row.cutoverId, row.id, deadline),
                () -> escalation.cancel(row.cutoverId, row.id));
    }

    /**
     * The page notice of one step, with its own source (one per step, so a second step paging the
     * same cause is a new delivery) and the acknowledgement link.
     */
    private Notice withLink(Notice notice, PageStepRow step, String token) {
        Map<String, Object> facts = new LinkedHashMap<>(notice.facts());
        facts.put("ackUrl", config.publicUrl().replaceAll("/+$", "") + "/api/pages/" + step.pageId + "/ack?token=" + token);
        return new Notice(notice.kind(), notice.severity(), notice.cutoverId(),
                "page:" + step.pageId + ":" + step.seq, notice.sourceEventType(), facts, notice.onlyForUsername());
    }

    /** The stakeholder with that login, or someone on the roster reached in the feed only. */
    private static Recipient recipient(String username, List<Recipient> people, CutoverContext context) {
        return people.stream().filter(r -> r.is(username)).findFirst()
                .orElseGet(() -> Recipients.rosterOnly(username, context.zone(), StakeholderRole.ON_CALL));
    }

    private static OnCallResolver resolver(CutoverProjection cutover, List<Recipient> people) {
        return OnCallResolver.from(RosterShiftRow.shifts(cutover.cutoverId), people);
    }

    /** The page one of the trigger's causes opened already, if any. */
    private Optional<UUID> pagedBy(UUID cutoverId, PageTrigger trigger) {
        List<?> pages = entityManager.createNativeQuery(
                        "SELECT page_id FROM page_cause WHERE cutover_id = ?1 AND cause IN (?2)")
                .setParameter(1, cutoverId).setParameter(2, new ArrayList<>(trigger.causes())).getResultList();
        return pages.stream().findFirst().map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString()));
    }

    private void recordCauses(UUID cutoverId, PageTrigger trigger, UUID pageId) {
        for (String cause : trigger.causes()) {
            entityManager.createNativeQuery("""
                            INSERT INTO page_cause (cutover_id, cause, page_id) VALUES (?1, ?2, ?3)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, cutoverId).setParameter(2, cause).setParameter(3, pageId).executeUpdate();
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
