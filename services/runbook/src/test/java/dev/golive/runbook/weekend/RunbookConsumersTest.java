package dev.golive.runbook.weekend;

import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.contracts.staging.RehearsalRequested;
import dev.golive.runbook.support.Weekends;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.ConsumerChecks;
import dev.golive.testkit.ConsumerChecks.Unreadable;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.golive.runbook.support.Weekends.as;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the runbook reads from other services' topics: a record it cannot read goes to its dead-letter
 * topic and the next one is applied; a type it has no use for is skipped without touching the inbox.
 */
@QuarkusTest
class RunbookConsumersTest {

    private static final String GROUP = "runbook";

    @Test
    void an_unreadable_cutover_event_is_dead_lettered_and_the_go_decision_after_it_is_applied() {
        String cutoverId = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(4)));
        GoNoGoDecided go = new GoNoGoDecided(cutoverId, "GO", "olivia", "all gates pass", List.of(), Instant.now());

        ConsumerChecks.deadLettersAndFlowsOn(Weekends.bootstrap(), GROUP, Unreadable.withoutType(go), go,
                () -> Weekends.projection(cutoverId).goDecided());
    }

    @Test
    void an_unreadable_forecast_is_dead_lettered_and_the_next_sets_the_upgrades_expected_duration() {
        String cutoverId = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(4)));
        RunbookWeekendTest.instantiate(cutoverId);
        // staging-refresh's events the runbook has no use for are skipped, and do not hold up the forecast after them
        CatalogEvents.publish(Weekends.bootstrap(), new RehearsalRequested(cutoverId, "r-1", Instant.now().minus(Duration.ofHours(2)),
                List.of(17, 18, 19), "oscar", Instant.now()));
        UpgradeForecastChanged missingForecast = new UpgradeForecastChanged(cutoverId, "r-1", Duration.ofHours(3), null, null,
                Duration.ofMinutes(30), true, null, Instant.now());
        UpgradeForecastChanged forecast = new UpgradeForecastChanged(cutoverId, "r-1", Duration.ofHours(3), 1.5,
                Duration.ofMinutes(337), Duration.ofMinutes(30), true, null, Instant.now());

        ConsumerChecks.deadLettersAndFlowsOn(Weekends.bootstrap(), GROUP, Unreadable.refused(missingForecast, "forecast"),
                forecast, () -> upgradeDuration(cutoverId).equals("PT5H37M"));
    }

    private static String upgradeDuration(String cutoverId) {
        JsonPath runbook = as(OPS_LEAD).get(RunbookWeekendTest.path(cutoverId)).then().statusCode(200).extract().jsonPath();
        return String.valueOf(runbook.getString("tasks.find { it.key == 'production-upgrade' }.expectedDuration"));
    }
}
