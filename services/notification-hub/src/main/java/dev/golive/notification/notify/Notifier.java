package dev.golive.notification.notify;

import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.cutover.CutoverProjector;
import dev.golive.notification.delivery.Deliveries;
import dev.golive.notification.delivery.DeliveryRow;
import dev.golive.notification.domain.CutoverContext;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.UpdateCadence;
import dev.golive.notification.reminder.UpdateClock;
import dev.golive.notification.stakeholder.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a notice to the stakeholders of its cutover, in the caller's transaction (the cutover's
 * row is locked by then). During the go-live, a notice that counts as an update restarts the
 * update clock, and business stakeholders read when the next update comes at the latest.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    Recipients recipients;

    @Inject
    Deliveries deliveries;

    @Inject
    UpdateClock updateClock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<DeliveryRow> notify(Notice notice, CutoverProjection cutover) {
        return notify(notice, cutover, recipients.of(cutover.cutoverId), Optional.empty());
    }

    /** To the given recipients (a page: someone on the roster may not be a stakeholder). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DeliveryRow> notify(Notice notice, CutoverProjection cutover, List<Recipient> to, Optional<UUID> pageId) {
        Instant now = clock.instant();
        CutoverContext context = CutoverProjector.context(cutover);
        UpdateCadence cadence = new UpdateCadence(config.updateInterval());
        if (context.live() && UpdateCadence.countsAsUpdate(notice)) {
            cutover.lastUpdateAt = now;
            updateClock.restart(cutover, now);
        }
        Optional<Instant> nextUpdateBy = Optional.empty();
        if (notice.kind() != NoticeKind.UPDATE_OVERDUE && notice.kind() != NoticeKind.PAGE) {
            nextUpdateBy = cadence.next(context, cutover.lastUpdateAt != null ? cutover.lastUpdateAt : now)
                    .map(UpdateCadence.NextUpdate::dueBy);
        }
        return deliveries.write(notice, to, new Deliveries.About(cutover.cutoverId, context.name(), context.zone(),
                pageId, nextUpdateBy, recipients.names(cutover.cutoverId)));
    }
}
