package dev.golive.notification.stakeholder;

import dev.golive.notification.domain.Channel;
import dev.golive.notification.domain.DefaultSubscriptions;
import dev.golive.problems.field.FieldViolation;
import dev.golive.notification.domain.Languages;
import dev.golive.notification.domain.Severity;
import dev.golive.notification.domain.StakeholderInput;
import dev.golive.notification.domain.StakeholderRole;
import dev.golive.notification.domain.StakeholderRules;
import dev.golive.notification.domain.Subscription;
import dev.golive.notification.domain.WebhookFormat;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.edge.address.AddressGuard;
import dev.golive.edge.address.AddressPolicy;
import dev.golive.edge.webhook.StandardWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The stakeholder use cases of the ops lead. The input is checked whole by
 * {@link StakeholderRules} before anything is written, and a webhook target's URL by the address
 * guard too (in production, one resolving to a loopback, private, link-local … address is a 422 on
 * its field); a webhook target's signing secret ({@code whsec_}, Standard Webhooks) is made here,
 * returned once by the caller and never logged.
 */
@ApplicationScoped
public class StakeholderService {

    private final Clock clock;
    private final AddressGuard guard;

    public StakeholderService(Clock clock, AddressGuard guard) {
        this.clock = clock;
        this.guard = guard;
    }

    /** The new stakeholder, with the secrets of its webhook targets (to be shown this once). */
    @Transactional
    public StakeholderView create(UUID cutoverId, StakeholderRequest request, String user) {
        StakeholderInput input = new StakeholderInput(request.name(), request.username(), request.role(), request.zone(),
                request.language(), request.email(), webhookInputs(request.webhooks()),
                subscriptionInputs(request.subscriptions()));
        refuse(StakeholderRules.check(input));
        List<FieldViolation> addresses = new ArrayList<>();
        for (int i = 0; i < input.webhooks().size(); i++) {
            guarded("webhooks[" + i + "].url", input.webhooks().get(i).url()).ifPresent(addresses::add);
        }
        refuse(addresses);
        unique(cutoverId, null, input.username().strip());
        Instant now = clock.instant();
        StakeholderRow row = new StakeholderRow();
        row.id = UUID.randomUUID();
        row.cutoverId = cutoverId;
        take(row, input);
        row.createdBy = user;
        row.createdAt = now;
        row.updatedAt = now;
        row.persist();
        List<WebhookTargetRow> targets = new ArrayList<>();
        for (StakeholderInput.WebhookInput webhook : input.webhooks()) {
            targets.add(addTarget(row.id, webhook, now));
        }
        List<SubscriptionRow> stored = storeSubscriptions(row, subscriptions(input.subscriptions()));
        return StakeholderView.of(row, targets, stored, true);
    }

    @Transactional
    public StakeholderView replace(UUID cutoverId, UUID id, StakeholderRequest request) {
        StakeholderRow row = existing(cutoverId, id);
        List<FieldViolation> errors = new ArrayList<>();
        if (request.webhooks() != null) {
            errors.add(new FieldViolation("webhooks", "webhook targets are added with POST .../stakeholders/"
                    + id + "/webhooks and removed with DELETE on one"));
        }
        if (request.subscriptions() != null) {
            errors.add(new FieldViolation("subscriptions", "subscriptions are replaced with PUT .../stakeholders/"
                    + id + "/subscriptions"));
        }
        return change(row, new StakeholderInput(request.name(), request.username(), request.role(), request.zone(),
                request.language(), request.email(), null, null), errors);
    }

    @Transactional
    public StakeholderView patch(UUID cutoverId, UUID id, StakeholderPatch patch, Set<String> present) {
        StakeholderRow row = existing(cutoverId, id);
        return change(row, new StakeholderInput(
                present.contains("name") ? patch.name() : row.name,
                present.contains("username") ? patch.username() : row.username,
                present.contains("role") ? patch.role() : row.role.name(),
                present.contains("zone") ? patch.zone() : row.zone,
                present.contains("language") ? patch.language() : row.language,
                present.contains("email") ? patch.email() : row.email, null, null), new ArrayList<>());
    }

    @Transactional
    public void delete(UUID cutoverId, UUID id) {
        StakeholderRow row = existing(cutoverId, id);
        SubscriptionRow.delete("stakeholderId", row.id);
        WebhookTargetRow.delete("stakeholderId", row.id);
        row.delete();
    }

    /**
     * The one-click unsubscribe of a mail: the person hears nothing more of this cutover (no
     * subscription left on any channel). Pages still reach them: they are duty, not subscriptions.
     * False when the stakeholder is gone.
     */
    @Transactional
    public boolean unsubscribeAll(UUID cutoverId, UUID id) {
        Optional<StakeholderRow> row = StakeholderRow.of(cutoverId, id);
        if (row.isEmpty()) {
            return false;
        }
        SubscriptionRow.delete("stakeholderId", id);
        row.get().updatedAt = clock.instant();
        return true;
    }

    /** Replaces every subscription; none given means the defaults of the stakeholder's role. */
    @Transactional
    public StakeholderView replaceSubscriptions(UUID cutoverId, UUID id,
                                                List<StakeholderRequest.SubscriptionRequest> requested) {
        StakeholderRow row = existing(cutoverId, id);
        List<WebhookTargetRow> targets = WebhookTargetRow.of(row.id);
        StakeholderInput input = current(row, targets, subscriptionInputs(requested));
        refuse(StakeholderRules.check(input));
        SubscriptionRow.delete("stakeholderId", row.id);
        storeSubscriptions(row, subscriptions(input.subscriptions()));
        row.updatedAt = clock.instant();
        return StakeholderView.of(row);
    }

    /** The new target with its secret (to be shown this once). */
    @Transactional
    public StakeholderView.WebhookView addWebhook(UUID cutoverId, UUID id, StakeholderRequest.WebhookRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a webhook target (url, format) is required");
        }
        StakeholderRow row = existing(cutoverId, id);
        List<WebhookTargetRow> targets = WebhookTargetRow.of(row.id);
        StakeholderInput input = current(row, targets, List.of());
        List<StakeholderInput.WebhookInput> webhooks = new ArrayList<>(input.webhooks());
        StakeholderInput.WebhookInput added = new StakeholderInput.WebhookInput(request.url(), request.format());
        webhooks.add(added);
        // The new target is the last one: its violations are named as the fields of this request's body.
        String prefix = "webhooks[" + (webhooks.size() - 1) + "].";
        refuse(StakeholderRules.check(new StakeholderInput(input.name(), input.username(), input.role(), input.zone(),
                input.language(), input.email(), webhooks, List.of())).stream()
                .map(v -> v.field().startsWith(prefix) ? new FieldViolation(v.field().substring(prefix.length()), v.message()) : v)
                .toList());
        guarded("url", added.url()).ifPresent(v -> refuse(List.of(v)));
        Instant now = clock.instant();
        row.updatedAt = now;
        return StakeholderView.WebhookView.of(addTarget(row.id, added, now), true);
    }

    @Transactional
    public void removeWebhook(UUID cutoverId, UUID id, UUID targetId) {
        StakeholderRow row = existing(cutoverId, id);
        WebhookTargetRow target = WebhookTargetRow.of(row.id, targetId)
                .orElseThrow(() -> ProblemException.notFound("webhook target", targetId));
        target.delete();
        row.updatedAt = clock.instant();
    }

    private StakeholderView change(StakeholderRow row, StakeholderInput input, List<FieldViolation> errors) {
        StakeholderRules.check(input).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        unique(row.cutoverId, row.id, input.username().strip());
        take(row, input);
        row.updatedAt = clock.instant();
        return StakeholderView.of(row);
    }

    private static void unique(UUID cutoverId, UUID self, String username) {
        StakeholderRow.byUsername(cutoverId, username).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ProblemException.invalid("username", "'" + username + "' is already a stakeholder of this cutover");
        });
    }

    /** The stakeholder as stored, in the shape the rules read, with other subscriptions. */
    private static StakeholderInput current(StakeholderRow row, List<WebhookTargetRow> targets,
                                            List<StakeholderInput.SubscriptionInput> subscriptions) {
        return new StakeholderInput(row.name, row.username, row.role.name(), row.zone, row.language, row.email,
                targets.stream().map(t -> new StakeholderInput.WebhookInput(t.url, t.format.name())).toList(),
                subscriptions);
    }

    /** Copies the checked person's fields. */
    private static void take(StakeholderRow row, StakeholderInput input) {
        row.name = input.name().strip();
        row.username = input.username().strip();
        row.role = StakeholderRole.valueOf(input.role().strip());
        row.zone = input.zone().strip();
        row.language = input.language() == null || input.language().isBlank() ? Languages.ENGLISH.toLanguageTag()
                : Languages.parse(input.language()).orElse(Languages.ENGLISH).toLanguageTag();
        row.email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
    }

    private static List<Subscription> subscriptions(List<StakeholderInput.SubscriptionInput> inputs) {
        return inputs.stream().map(s -> new Subscription(s.eventKind().strip(), Severity.valueOf(s.minimumSeverity().strip()),
                Channel.valueOf(s.channel().strip()))).toList();
    }

    private static List<SubscriptionRow> storeSubscriptions(StakeholderRow row, List<Subscription> subscriptions) {
        List<Subscription> chosen = subscriptions.isEmpty()
                ? DefaultSubscriptions.forRole(row.role, Recipients.of(row).availableChannels())
                : subscriptions;
        List<SubscriptionRow> stored = new ArrayList<>();
        for (Subscription subscription : chosen) {
            SubscriptionRow s = SubscriptionRow.of(row.id, subscription);
            s.persist();
            stored.add(s);
        }
        return stored;
    }

    private static WebhookTargetRow addTarget(UUID stakeholderId, StakeholderInput.WebhookInput webhook, Instant now) {
        WebhookTargetRow target = new WebhookTargetRow();
        target.id = UUID.randomUUID();
        target.stakeholderId = stakeholderId;
        target.url = webhook.url().strip();
        target.format = WebhookFormat.valueOf(webhook.format().strip());
        target.secret = newSecret();
        target.createdAt = now;
        target.persist();
        return target;
    }

    /** A Standard Webhooks secret ({@code whsec_} and 32 random bytes in base64): a receiver checks each request with it. */
    static String newSecret() {
        return StandardWebhooks.newSecret();
    }

    /**
     * The address guard's objection to a target URL (already well-formed by the rules), on
     * {@code field}, or empty. A refused range is named as such, not by the address it resolved to.
     */
    private Optional<FieldViolation> guarded(String field, String url) {
        AddressPolicy.Decision decision = guard.checkTarget(URI.create(url.strip()));
        if (decision.allowed()) {
            return Optional.empty();
        }
        String message = decision.refusal() == AddressPolicy.Refusal.REFUSED_RANGE
                ? "resolves to a loopback, private, link-local or otherwise non-public address: refused for a webhook "
                        + "target unless an administrator allows its host (golive.notification.webhooks.allowed-hosts)"
                : "is refused: " + decision.reason();
        return Optional.of(new FieldViolation(field, message));
    }

    private static List<StakeholderInput.WebhookInput> webhookInputs(List<StakeholderRequest.WebhookRequest> requests) {
        return requests == null ? List.of() : requests.stream()
                .map(w -> w == null ? null : new StakeholderInput.WebhookInput(w.url(), w.format())).toList();
    }

    private static List<StakeholderInput.SubscriptionInput> subscriptionInputs(
            List<StakeholderRequest.SubscriptionRequest> requests) {
        return requests == null ? List.of() : requests.stream()
                .map(s -> s == null ? null : new StakeholderInput.SubscriptionInput(s.eventKind(), s.minimumSeverity(),
                        s.channel())).toList();
    }

    private static StakeholderRow existing(UUID cutoverId, UUID id) {
        return StakeholderRow.of(cutoverId, id).orElseThrow(() -> ProblemException.notFound("stakeholder", id));
    }

    private static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().toList());
        }
    }
}
