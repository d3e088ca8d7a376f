package dev.golive.notification.domain;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.LiveVerificationCompleted;

import java.util.List;

import static dev.golive.notification.domain.EventValues.strings;
import static dev.golive.notification.domain.Facts.*;

/** What the events of integration readiness mean to people (see the table of {@link Notices}). */
final class IntegrationNotices {

    private IntegrationNotices() {
    }

    static List<Notice> from(NoticeMaker m, GoliveEvent event) {
        if (event instanceof IntegrationReadinessChanged e) {
            // People hear of the integrations as a whole (no integration id) not being ready, not of each one.
            if (e.integrationId() != null || e.ready()) {
                return List.of();
            }
            return m.one(NoticeKind.INTEGRATION_NOT_READY, Severity.WARNING, e.changedAt(),
                    m.facts().put(REASONS, strings(e.reasons())));
        }
        if (event instanceof LiveVerificationCompleted e) {
            if (e.passed()) {
                return List.of();
            }
            return m.one(NoticeKind.LIVE_CHECK_FAILED, Severity.WARNING, e.completedAt(),
                    m.facts().put(INTEGRATION_ID, e.integrationId()).put(FAILURES, strings(e.failures()))
                            .firedLateMillis(e.latenessMillis()));
        }
        return List.of();
    }
}
