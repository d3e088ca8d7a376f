package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engineer on call works their runbook task on a phone: a refused move shows the runbook
 * service's reason (by the field it names), the checklist is ticked, the task starts and is
 * completed, and the board follows — also when the ops lead moves another task meanwhile, live,
 * without a reload. The runbook service then holds the actual times and who did it.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OnCallWorksTheirTaskOnAPhoneTest {

    @Test
    void the_on_call_engineer_starts_and_completes_their_task_on_a_phone_and_is_told_why_a_move_is_refused() {
        String id = Api.planCutover("Dairy " + UUID.randomUUID().toString().substring(0, 6), "Europe/Brussels")
                .path("id").asText();
        Api.scheduleFirstWindow(id);
        JsonNode runbook = Api.instantiatedRunbook(id);
        // the ops lead adds a task for oscar by name, with a checklist
        JsonNode mine = Api.ok(OPS_LEAD, "POST", Api.runbookOf(id) + "/tasks", Map.of(
                "title", "Check the monitoring dashboards", "owner", Map.of("kind", "PERSON", "name", ON_CALL),
                "dependsOn", List.of(), "expectedDuration", "PT30M", "checklist", List.of("Dashboards open")));
        String task = mine.path("taskId").asText();
        String item = mine.path("checklist").get(0).path("key").asText();
        String takeDown = Api.task(runbook, "take-production-down").path("taskId").asText();
        String announce = Api.task(runbook, "announce-downtime").path("taskId").asText();
        String tasks = Api.runbookOf(id);

        try (Browser browser = Browser.open(390, 844)) { // on a phone
            browser.signIn(ON_CALL, "/cutovers/" + id + "/runbook");
            assertThat(browser.all("#group-next #task-" + task)).hasSize(1);
            // the cards stack inside the phone's width; the buttons are big enough to tap
            assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
            WebElement start = browser.find("#start-" + task + " button");
            assertThat(start.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            assertThat(start.getSize().getWidth()).isGreaterThan(300);
            // a task of the ops lead's role offers oscar no button
            assertThat(browser.all("#start-" + announce)).isEmpty();

            // refused: skipping without a reason (the message by the reason field), starting before the
            // dependencies are done (the service's reason on the task); nothing changes
            browser.find("#task-" + takeDown + " .actions details summary").click();
            browser.submit("#skip-" + takeDown);
            assertThat(browser.text("#skip-" + takeDown + "-reason-error")).isNotBlank();
            browser.submit("#start-" + takeDown);
            assertThat(browser.text("#task-" + takeDown + "-message")).containsIgnoringCase("depend");
            assertThat(Api.taskById(Api.ok(ON_CALL, "GET", tasks, null), takeDown).path("status").asText()).isEqualTo("PLANNED");

            // the checklist is ticked, by oscar
            browser.submit(browser.find("#check-" + task + "-" + item + " button"));
            browser.until(d -> "true".equals(d.findElement(By.id("check-" + task + "-" + item)).getAttribute("data-checked")));
            JsonNode ticked = Api.taskById(Api.ok(ON_CALL, "GET", tasks, null), task).path("checklist").get(0);
            assertThat(ticked.path("checked").asBoolean()).isTrue();
            assertThat(ticked.path("checkedBy").asText()).isEqualTo(ON_CALL);

            // started: the board shows it running, with its actual start
            browser.submit("#start-" + task);
            browser.until(d -> !d.findElements(By.cssSelector("#group-running #task-" + task)).isEmpty());
            assertThat(browser.text("#task-" + task)).contains("Running for").contains("Actual");
            JsonNode running = Api.taskById(Api.ok(ON_CALL, "GET", tasks, null), task);
            assertThat(running.path("status").asText()).isEqualTo("RUNNING");
            assertThat(running.path("startedBy").asText()).isEqualTo(ON_CALL);
            assertThat(running.path("actualStart").isTextual()).isTrue();

            // the ops lead starts her announcement meanwhile: oscar's board shows it running, without a reload
            browser.script("window.goliveNotReloaded = true");
            Api.ok(OPS_LEAD, "POST", tasks + "/tasks/" + announce + "/start", null);
            browser.until(d -> !d.findElements(By.cssSelector("#group-running #task-" + announce)).isEmpty());
            assertThat(browser.script("return window.goliveNotReloaded === true")).isEqualTo(true);
            browser.screenshot("runbook-board-on-call-phone");

            // completed with evidence: done, with actual start and finish
            browser.find("#complete-" + task + "-evidence").sendKeys("All dashboards green");
            browser.submit("#complete-" + task);
            browser.until(d -> "DONE".equals(d.findElement(By.id("task-" + task)).getAttribute("data-status")));
            assertThat(browser.text("#task-" + task)).contains("Actual").doesNotContain("…");
            JsonNode done = Api.taskById(Api.ok(ON_CALL, "GET", tasks, null), task);
            assertThat(done.path("status").asText()).isEqualTo("DONE");
            assertThat(done.path("finishedBy").asText()).isEqualTo(ON_CALL);
            assertThat(done.path("actualFinish").isTextual()).isTrue();
            assertThat(done.path("evidence").asText()).isEqualTo("All dashboards green");
            // the only errors the browser saw are the refusals the page showed
            assertThat(browser.severeLogs(422)).isEmpty();
        }
    }
}
