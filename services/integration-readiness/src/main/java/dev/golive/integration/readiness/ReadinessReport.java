package dev.golive.integration.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The readiness of a cutover's integrations as the API shows it: the cutover's verdict ({@code reasons}
 * block it, {@code notBlocking} do not) and each integration's, judged against {@code goLiveDate}
 * ({@code goLiveDateKnown} false: no window yet, judged against today).
 */
public record ReadinessReport(UUID cutoverId, boolean ready, List<String> reasons, List<String> notBlocking,
                              LocalDate goLiveDate, boolean goLiveDateKnown, List<IntegrationReadinessView> integrations,
                              Instant evaluatedAt) {

    public record IntegrationReadinessView(UUID integrationId, String name, String criticality, boolean ready,
                                           List<String> reasons) {
    }
}
