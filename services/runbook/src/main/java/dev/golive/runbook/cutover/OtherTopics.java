package dev.golive.runbook.cutover;

import dev.golive.messaging.inbox.EventTypes;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.notification.NotificationDelivered;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.messaging.cutover.CutoverProjections;
import dev.golive.messaging.inbox.InboxConsumer;
import dev.golive.messaging.inbox.ReceivedEvent;
import dev.golive.runbook.plan.RunbookService;
import dev.golive.runbook.report.WeekendLog;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The other topics the runbook reads, each once per event (the inbox): the production upgrade's forecast
 * (golive.staging.v1) sets its task's expected duration while it has not started; a ROLL_BACK decision
 * (golive.rollback.v1) makes the rollback tasks the plan. Incidents, the point of no return, rollback
 * assessments and notifications sent go to the weekend's timeline for the report. Each channel is read in
 * batches ({@code batch=true}): the wanted events of one poll in one transaction ({@link InboxConsumer#consumeBatch}).
 */
@ApplicationScoped
public class OtherTopics {

    static final String CONSUMER = "runbook";

    static final EventTypes STAGING = EventTypes.of(EventCatalog.UPGRADE_FORECAST_CHANGED);
    static final EventTypes ROLLBACK = EventTypes.of(EventCatalog.ROLLBACK_DECIDED, EventCatalog.POINT_OF_NO_RETURN_PASSED,
            EventCatalog.ROLLBACK_ASSESSMENT_CHANGED);
    static final EventTypes INCIDENT = EventTypes.of(EventCatalog.INCIDENT_REPORTED, EventCatalog.INCIDENT_RESOLVED);
    static final EventTypes NOTIFICATION = EventTypes.of(EventCatalog.NOTIFICATION_DELIVERED, EventCatalog.PAGE_SENT);

    private final InboxConsumer inbox;
    private final CutoverProjections projections;
    private final RunbookService runbooks;
    private final Clock clock;

    public OtherTopics(InboxConsumer inbox, CutoverProjections projections, RunbookService runbooks, Clock clock) {
        this.inbox = inbox;
        this.projections = projections;
        this.runbooks = runbooks;
        this.clock = clock;
    }

    @Incoming("staging-events")
    @Blocking
    public CompletionStage<Void> staging(KafkaRecordBatch<String, byte[]> batch) {
        return take(STAGING, "runbook.staging", batch);
    }

    @Incoming("rollback-events")
    @Blocking
    public CompletionStage<Void> rollback(KafkaRecordBatch<String, byte[]> batch) {
        return take(ROLLBACK, "runbook.rollback", batch);
    }

    @Incoming("incident-events")
    @Blocking
    public CompletionStage<Void> incident(KafkaRecordBatch<String, byte[]> batch) {
        return take(INCIDENT, "runbook.incident", batch);
    }

    @Incoming("notification-events")
    @Blocking
    public CompletionStage<Void> notification(KafkaRecordBatch<String, byte[]> batch) {
        return take(NOTIFICATION, "runbook.notification", batch);
    }

    private CompletionStage<Void> take(EventTypes wanted, String consumer, KafkaRecordBatch<String, byte[]> batch) {
        return inbox.consumeBatch(consumer, batch, wanted, received -> apply(received.cutoverId(), received.event()));
    }

    void apply(UUID cutoverId, GoliveEvent event) {
        if (event instanceof UpgradeForecastChanged f) {
            CutoverProjection row = projections.lock(cutoverId, CutoverProjection.class);
            if (!row.cancelled() && f.forecast() != null && !f.forecast().isNegative()) {
                runbooks.forecastChanged(row, f.forecast());
            }
        } else if (event instanceof RollbackDecided d) {
            log(cutoverId, d.decidedAt(), "rollback", "ROLLBACK_DECIDED", "rollback decision: " + d.decision() + " by "
                    + d.decidedBy() + (d.rationale() == null ? "" : " (" + d.rationale() + ")"));
            if ("ROLL_BACK".equals(d.decision())) {
                CutoverProjection row = projections.lock(cutoverId, CutoverProjection.class);
                if (!row.cancelled()) {
                    runbooks.rollbackDecided(row, d.decidedAt() != null ? d.decidedAt() : clock.instant());
                }
            }
        } else if (event instanceof PointOfNoReturnPassed p) {
            log(cutoverId, p.at(), "rollback", "POINT_OF_NO_RETURN_PASSED", "the point of no return passed ("
                    + p.pointOfNoReturn() + ")");
        } else if (event instanceof RollbackAssessmentChanged a) {
            log(cutoverId, a.assessedAt(), "rollback", "ROLLBACK_ASSESSMENT", "rollback assessment: " + a.recommendation()
                    + (a.reasons() == null || a.reasons().isEmpty() ? "" : " — " + String.join("; ", a.reasons())));
        } else if (event instanceof IncidentReported i) {
            log(cutoverId, i.reportedAt(), "incident", "INCIDENT_REPORTED", "incident reported (" + i.severity() + "): "
                    + i.title() + " by " + i.reportedBy());
        } else if (event instanceof IncidentResolved i) {
            log(cutoverId, i.resolvedAt(), "incident", "INCIDENT_RESOLVED", "incident " + i.incidentId() + " resolved by "
                    + i.resolvedBy() + (i.resolution() == null ? "" : ": " + i.resolution()));
        } else if (event instanceof NotificationDelivered n) {
            log(cutoverId, n.deliveredAt(), "notification", "NOTIFICATION_SENT", "notification sent by " + n.channel()
                    + ": " + n.subject());
        } else if (event instanceof PageSent p) {
            log(cutoverId, p.sentAt(), "notification", "PAGE_SENT", "page (" + p.level() + ") sent to "
                    + p.recipientUsername() + ": " + p.reason());
        }
    }

    private void log(UUID cutoverId, Instant at, String source, String kind, String text) {
        WeekendLog.record(cutoverId, at != null ? at : clock.instant(), source, kind, text);
    }
}
