package dev.golive.integration.staging;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.integration.checklist.ChecklistService;
import dev.golive.integration.domain.Reopening;
import dev.golive.integration.domain.SummaryItemView;
import dev.golive.integration.domain.UpgradeCrossCheck;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.integration.readiness.Reevaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The cross-check with the upgrade summary: an item staging refresh raised (a changed field, a
 * disabled automated action) reopens the checklist items of the integrations it concerns
 * ({@link UpgradeCrossCheck}), with the reason, and the readiness verdicts follow.
 */
@ApplicationScoped
public class CrossCheck {

    private static final Logger LOG = Logger.getLogger(CrossCheck.class);

    @Inject
    Clock clock;

    @Inject
    ChecklistService checklists;

    @Inject
    Reevaluation reevaluation;

    @Transactional(Transactional.TxType.MANDATORY)
    public void raised(SummaryItemRaised item) {
        UUID cutoverId;
        try {
            cutoverId = UUID.fromString(item.cutoverId());
        } catch (IllegalArgumentException e) {
            throw new EventCodec.UnreadableEventException("cutoverId '" + item.cutoverId() + "' is not a UUID", e);
        }
        List<Reopening> reopenings = UpgradeCrossCheck.affected(
                IntegrationRow.ofCutover(cutoverId).stream().map(IntegrationRow::toDomain).toList(),
                new SummaryItemView(item.kind(), item.model(), item.field(), item.description()));
        if (reopenings.isEmpty()) {
            LOG.debugf("summary item %s (%s %s.%s) concerns no integration of %s", item.itemId(), item.kind(),
                    item.model(), item.field(), cutoverId);
            return;
        }
        Instant at = clock.instant();
        int changed = checklists.reopen(cutoverId, reopenings, at);
        LOG.infof("summary item %s of %s reopened %d checklist item(s)", item.itemId(), cutoverId, changed);
        if (changed > 0) {
            reevaluation.afterChange(cutoverId);
        }
    }
}
