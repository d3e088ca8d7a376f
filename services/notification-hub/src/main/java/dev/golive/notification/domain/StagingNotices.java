package dev.golive.notification.domain;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;

import java.util.List;

import static dev.golive.notification.domain.EventValues.upper;
import static dev.golive.notification.domain.Facts.*;

/** What the events of staging refresh mean to people (see the table of {@link Notices}). */
final class StagingNotices {

    private StagingNotices() {
    }

    static List<Notice> from(NoticeMaker m, GoliveEvent event) {
        if (event instanceof RehearsalCompleted e) {
            String outcome = upper(e.outcome());
            if (outcome.equals("SUCCEEDED")) {
                return m.one(NoticeKind.REHEARSAL_SUCCEEDED, Severity.INFO, e.completedAt(),
                        m.facts().put(REHEARSAL_ID, e.rehearsalId()).put(FORECAST, e.totalDuration()));
            }
            if (outcome.equals("FAILED")) {
                return m.one(NoticeKind.REHEARSAL_FAILED, Severity.WARNING, e.completedAt(),
                        m.facts().put(REHEARSAL_ID, e.rehearsalId()));
            }
            return List.of();
        }
        if (event instanceof StagingRefreshDue e) {
            return m.one(NoticeKind.STAGING_REFRESH_DUE, Severity.WARNING, e.at(),
                    m.facts().put(REASON, e.reason()).put(DETAIL, e.detail()).put(REFRESH_DEADLINE, e.refreshDeadline())
                            .firedLateMillis(e.latenessMillis()));
        }
        if (event instanceof UpgradeForecastExceedsWindow e) {
            return m.one(NoticeKind.FORECAST_EXCEEDS_WINDOW, Severity.WARNING, e.at(),
                    m.facts().put(REHEARSAL_ID, e.rehearsalId()).put(FORECAST, e.forecast())
                            .put(EXPECTED_DOWNTIME, e.expectedDowntime()).put(SHORTFALL, e.shortfall()));
        }
        return List.of();
    }
}
