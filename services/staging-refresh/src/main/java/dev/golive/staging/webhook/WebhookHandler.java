package dev.golive.staging.webhook;

import dev.golive.problems.field.FieldViolation;

import dev.golive.messaging.inbox.Inbox;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.staging.domain.AttemptOutcome;
import dev.golive.staging.rehearsal.RehearsalView;
import dev.golive.staging.rehearsal.RehearsalService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies a signed webhook call once: the delivery id is recorded in the same transaction as the
 * change, so a replayed delivery changes nothing, and a refused call leaves no record (it can be
 * sent again once corrected).
 */
@ApplicationScoped
public class WebhookHandler {

    static final String CONSUMER = "staging-webhook";
    static final String ACTOR = "staging-webhook";

    private static final Logger LOG = Logger.getLogger(WebhookHandler.class);

    @Inject
    Inbox inbox;

    @Inject
    RehearsalService rehearsals;

    /** The rehearsal as it now stands; null for a replayed delivery. */
    @Transactional
    public RehearsalView apply(UUID cutoverId, String deliveryId, WebhookAction action, WebhookCall call) {
        requireFields(action, call);
        if (!inbox.firstDelivery(CONSUMER, deliveryId, action.wireName())) {
            LOG.infof("webhook delivery %s for cutover %s already applied", deliveryId, cutoverId);
            return null;
        }
        UUID rehearsal = call.rehearsalId();
        return switch (action) {
            case STAGE_CHANGED -> rehearsals.moveTo(cutoverId, rehearsal, call.stage(), call.at(), ACTOR);
            case HOP_STARTED -> rehearsals.hopStarted(cutoverId, rehearsal, call.fromVersion(), call.at(), ACTOR);
            case HOP_FINISHED -> rehearsals.hopFinished(cutoverId, rehearsal, call.fromVersion(),
                    call.outcome() == AttemptOutcome.SUCCEEDED, call.at(), ACTOR);
            case ATTEMPT_STARTED -> rehearsals.attemptStarted(cutoverId, rehearsal, call.commitRef(), call.at(), ACTOR);
            case ATTEMPT_FINISHED -> rehearsals.attemptFinished(cutoverId, rehearsal, call.attemptNumber(),
                    call.outcome(), call.errorCategory(), call.logExcerpt(), call.at(), ACTOR);
        };
    }

    private static void requireFields(WebhookAction action, WebhookCall call) {
        List<FieldViolation> errors = new ArrayList<>();
        if (call.rehearsalId() == null) {
            errors.add(new FieldViolation("rehearsalId", "is required"));
        }
        switch (action) {
            case STAGE_CHANGED -> {
                if (call.stage() == null) {
                    errors.add(new FieldViolation("stage", "is required"));
                }
            }
            case HOP_STARTED -> {
                if (call.fromVersion() == null) {
                    errors.add(new FieldViolation("fromVersion", "is required"));
                }
            }
            case HOP_FINISHED, ATTEMPT_FINISHED -> {
                if (action == WebhookAction.HOP_FINISHED && call.fromVersion() == null) {
                    errors.add(new FieldViolation("fromVersion", "is required"));
                }
                if (call.outcome() != AttemptOutcome.SUCCEEDED && call.outcome() != AttemptOutcome.FAILED) {
                    errors.add(new FieldViolation("outcome", "must be SUCCEEDED or FAILED"));
                }
            }
            case ATTEMPT_STARTED -> {
                if (call.commitRef() == null || call.commitRef().isBlank()) {
                    errors.add(new FieldViolation("commitRef", "is required"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
