package dev.golive.testing.staging;

import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.RehearsalStageChanged;
import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Db;
import dev.golive.testkit.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer of golive.staging.v1: the staging events it has no use for cost no inbox row. */
@QuarkusTest
class StagingEventsTest {

    @Test
    void staging_events_weekend_testing_does_not_act_on_leave_no_inbox_row_and_a_rehearsal_after_them_is_applied() {
        String id = UUID.randomUUID().toString();
        String rehearsal = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String stage = CatalogEvents.publish(Api.bootstrap(), new RehearsalStageChanged(id, rehearsal, "REQUESTED",
                "STANDARD_UPGRADE_RUNNING", "ci", now));
        String item = CatalogEvents.publish(Api.bootstrap(), new SummaryItemRaised(id, rehearsal,
                UUID.randomUUID().toString(), "CHANGED_FIELD", "sale.order", "carrier_id", "renamed", "nina", now));
        // On the same partition after both: once it is applied, both were taken (and skipped).
        String completed = CatalogEvents.publish(Api.bootstrap(), new RehearsalCompleted(id, rehearsal, "SUCCEEDED",
                Duration.ofHours(2), 1, Duration.ofMinutes(20), Duration.ofHours(3), now));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.rehearsal(id, rehearsal)
                .map(r -> r.succeededAt != null).orElse(false));

        assertThat(Db.processed(StagingEventsConsumer.CONSUMER, completed)).isEqualTo(1);
        assertThat(Db.processed(StagingEventsConsumer.CONSUMER, stage)).isZero();
        assertThat(Db.processed(StagingEventsConsumer.CONSUMER, item)).isZero();
    }
}
