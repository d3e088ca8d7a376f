package dev.golive.integration.checklist;

import dev.golive.contracts.integration.ChecklistItemChanged;
import dev.golive.integration.domain.Checklist;
import dev.golive.integration.domain.ChecklistItem;
import dev.golive.integration.domain.ChecklistItemKind;
import dev.golive.integration.domain.ChecklistStatus;
import dev.golive.integration.domain.DomainRejection;
import dev.golive.problems.field.FieldViolation;
import dev.golive.integration.domain.Reopening;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.integration.readiness.Reevaluation;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.problems.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records checks people made and reopens items the upgrade put in doubt. Changes of one integration's
 * checklist are serialised (its row is locked first); each change is announced as ChecklistItemChanged
 * and the readiness verdicts follow in the same transaction.
 */
@ApplicationScoped
public class ChecklistService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ChecklistStore store;

    @Inject
    Reevaluation reevaluation;

    @Transactional
    public ChecklistItem record(UUID cutoverId, UUID integrationId, String itemText, ChecklistRequest request, String who) {
        ChecklistItemKind item = QueryParams.enumValue("item", itemText, ChecklistItemKind.class);
        if (request == null) {
            throw ProblemException.invalid("status", "is required");
        }
        ChecklistStatus status = QueryParams.enumValue("status", request.status(), ChecklistStatus.class);
        IntegrationRow integration = lock(cutoverId, integrationId);
        Checklist before = store.load(integration.id);
        Instant now = clock.instant();
        Checklist after;
        try {
            after = before.record(item, status, request.evidence(), who, now);
        } catch (DomainRejection rejection) {
            throw problem(rejection, before, item, status);
        }
        store.save(integration.id, before, after);
        ChecklistItem changed = after.item(item);
        outbox.append(new ChecklistItemChanged(cutoverId.toString(), integrationId.toString(), item.name(),
                changed.status().name(), changed.evidence(), changed.checkedBy(), null, changed.changedAt()));
        reevaluation.afterChange(cutoverId);
        return changed;
    }

    /** Applies reopenings (in the caller's transaction) and announces each item that actually changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reopen(UUID cutoverId, List<Reopening> reopenings, Instant at) {
        int changed = 0;
        for (Reopening reopening : reopenings) {
            IntegrationRow integration = IntegrationRow.findById(reopening.integrationId(), LockModeType.PESSIMISTIC_WRITE);
            if (integration == null || !integration.cutoverId.equals(cutoverId)) {
                continue;
            }
            Checklist before = store.load(integration.id);
            Checklist after = reopening.applyTo(before, at);
            for (ChecklistItem item : store.save(integration.id, before, after)) {
                outbox.append(new ChecklistItemChanged(cutoverId.toString(), integration.id.toString(),
                        item.kind().name(), item.status().name(), null, null, item.reason(), item.changedAt()));
                changed++;
            }
        }
        return changed;
    }

    private static IntegrationRow lock(UUID cutoverId, UUID integrationId) {
        IntegrationRow row = IntegrationRow.findById(integrationId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.cutoverId.equals(cutoverId)) {
            throw ProblemException.notFound("integration", integrationId);
        }
        return row;
    }

    /** A refused transition is a conflict (409, reason {@code FAILED->NOT_APPLICABLE}); anything else is bad input (422). */
    private static ProblemException problem(DomainRejection rejection, Checklist before, ChecklistItemKind item,
                                            ChecklistStatus status) {
        List<FieldViolation> violations = rejection.violations();
        boolean transition = violations.stream()
                .anyMatch(v -> v.field().equals("status") && v.message().startsWith("cannot move from"));
        if (transition && violations.size() == 1) {
            return ProblemException.conflict("checklist-transition", violations.get(0).message(),
                    List.of(before.item(item).status() + "->" + status));
        }
        return ProblemException.invalid(violations.stream()
                .toList());
    }
}
