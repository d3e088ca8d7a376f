package dev.golive.runbook.weekend;

import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.runbook.support.Weekends;
import dev.golive.testkit.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static dev.golive.runbook.support.Weekends.as;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/** Each person's own runbook tasks as a calendar feed: theirs by name or by a role they hold, and a called-off weekend says so. */
@QuarkusTest
class MyTasksCalendarTest {

    private static String feed(String user) {
        return as(user).get("/api/me/runbook-tasks.ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
    }

    /** The VEVENT of one task in a feed, or "" when the feed does not have it. */
    private static String event(String feed, String taskId) {
        return Arrays.stream(feed.split("BEGIN:VEVENT")).filter(e -> e.contains("UID:" + taskId + "@golive-runbook"))
                .findFirst().orElse("");
    }

    @Test
    void the_on_call_engineer_gets_the_on_call_tasks_and_the_ops_lead_hers_and_a_cancelled_weekend_is_cancelled() {
        String cutoverId = Weekends.cutoverWithWindow(Instant.now().plus(Duration.ofDays(5)));
        JsonPath runbook = RunbookWeekendTest.instantiate(cutoverId);
        String takeDown = RunbookWeekendTest.taskId(runbook, "take-production-down");
        String announce = RunbookWeekendTest.taskId(runbook, "announce-downtime");

        String oscars = feed(ON_CALL);
        assertThat(event(oscars, takeDown)).contains("SUMMARY:Take production down").doesNotContain("STATUS:CANCELLED");
        assertThat(event(oscars, announce)).isEmpty();
        assertThat(event(feed(OPS_LEAD), announce)).contains("SUMMARY:Announce the downtime to users");

        CatalogEvents.publish(Weekends.bootstrap(), new CutoverCancelled(cutoverId, CutoverStatus.SCHEDULED,
                "the client moved the go-live", "olivia", Instant.now()));
        await("the cancelled weekend in oscar's feed").atMost(CatalogEvents.WAIT)
                .until(() -> event(feed(ON_CALL), takeDown).contains("STATUS:CANCELLED"));
    }
}
