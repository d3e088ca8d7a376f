package dev.golive.notification.domain;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;

import java.util.List;

import static dev.golive.notification.domain.EventValues.strings;
import static dev.golive.notification.domain.Facts.*;

/** What the incident events mean to people (see the table of {@link Notices}). */
final class IncidentNotices {

    private IncidentNotices() {
    }

    static List<Notice> from(NoticeMaker m, GoliveEvent event) {
        if (event instanceof IncidentReported e) {
            return m.one(NoticeKind.INCIDENT_OPENED, Severity.ofIncident(e.severity()), e.reportedAt(),
                    m.facts().incident(e.incidentId(), e.title(), e.severity(), e.businessFlow(), e.systemUsable(),
                            e.dataIntegrityAtRisk(), e.workaroundExists(), e.status()).put(ESTIMATED_TIME_TO_FIX,
                            e.estimatedTimeToFix()).by(e.reportedBy()));
        }
        if (event instanceof IncidentUpdated e) {
            return m.one(NoticeKind.INCIDENT_UPDATED, Severity.ofIncident(e.severity()), e.updatedAt(),
                    m.facts().incident(e.incidentId(), e.title(), e.severity(), e.businessFlow(), e.systemUsable(),
                                    e.dataIntegrityAtRisk(), e.workaroundExists(), e.status())
                            .put(ESTIMATED_TIME_TO_FIX, e.estimatedTimeToFix())
                            .put(CHANGED_FIELDS, strings(e.changedFields())).by(e.updatedBy()));
        }
        if (event instanceof IncidentResolved e) {
            return m.one(NoticeKind.INCIDENT_RESOLVED, Severity.NOTICE, e.resolvedAt(),
                    m.facts().put(INCIDENT_ID, e.incidentId()).put(RESOLUTION, e.resolution()).by(e.resolvedBy()));
        }
        return List.of();
    }
}
