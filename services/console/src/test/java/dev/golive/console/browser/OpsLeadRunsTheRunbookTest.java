package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops lead instantiates a cutover's runbook from the built-in template on the board page, sees
 * the projection, the tasks grouped and the timeline chart, runs the first task, and finds it planned
 * against actual in the go-live report and its Markdown download; the runbook service then holds
 * what the pages showed.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadRunsTheRunbookTest {

    @Test
    void the_ops_lead_instantiates_the_runbook_sees_board_and_chart_runs_a_task_and_reads_the_report() {
        String name = "Bakery " + UUID.randomUUID().toString().substring(0, 6);
        String id = Api.planCutover(name, "Europe/Brussels").path("id").asText();
        Api.scheduleFirstWindow(id);

        try (Browser browser = Browser.open()) {
            browser.signIn(OPS_LEAD, "/cutovers/" + id);
            browser.find("#open-runbook").click();
            browser.awaitScript();
            assertThat(browser.text("#no-runbook")).contains("No runbook yet");
            Select template = new Select(browser.find("#rb-template"));
            assertThat(template.getOptions()).extracting(o -> o.getText()).anyMatch(t -> t.startsWith("Odoo.sh go-live"));
            template.selectByValue("odoo-sh-go-live");

            // the runbook service hears of the cutover and its window through Kafka: the page says "try again
            // in a moment" until then, and the form is sent again
            browser.until(d -> {
                browser.submit("#form-instantiate");
                return !d.findElements(By.id("panel-runbook")).isEmpty();
            });
            JsonNode runbook = Api.ok(OPS_LEAD, "GET", Api.runbookOf(id), null);
            int tasks = runbook.path("tasks").size();
            assertThat(tasks).isGreaterThan(5);
            assertThat(runbook.path("templateName").asText()).isEqualTo("Odoo.sh go-live");

            // the board: every task once; nothing runs; the first task may start
            assertThat(browser.all("article.task")).hasSize(tasks);
            assertThat(browser.text("#group-running")).contains("Nothing is running");
            String announce = Api.task(runbook, "announce-downtime").path("taskId").asText();
            assertThat(browser.all("#group-next #task-" + announce)).hasSize(1);
            assertThat(browser.text("#projection")).contains("System back").contains("Business resumes").contains("Margin");

            // the chart: a row per task with its planned bar, the point of no return and business resume,
            // the axis on olivia's clock (Europe/London), and the same times as a table
            assertThat(browser.all("#timeline-chart svg g.row")).hasSize(tasks);
            assertThat(browser.all("#timeline-chart svg g.row rect[data-kind=planned]")).hasSize(tasks);
            assertThat(browser.all("#timeline-chart svg [data-marker=point-of-no-return]")).hasSize(1);
            assertThat(browser.all("#timeline-chart svg [data-marker=business-resume]")).hasSize(1);
            assertThat(browser.all("#timeline-chart svg g.tick")).isNotEmpty();
            assertThat(browser.text("#chart-legend")).contains("Europe/London");
            assertThat(browser.all("#chart-table tbody tr")).hasSize(tasks);
            browser.screenshot("runbook-board-ops-lead");
            browser.script("document.getElementById('timeline-chart').scrollIntoView()");
            browser.screenshot("runbook-chart");

            // she runs the first task: running (since when), then done with evidence, actual times kept
            browser.submit("#start-" + announce);
            browser.until(d -> !d.findElements(By.cssSelector("#group-running #task-" + announce)).isEmpty());
            assertThat(browser.text("#task-" + announce)).contains("Running for").contains("Actual");
            browser.find("#complete-" + announce + "-evidence").sendKeys("Mail sent to all users, intranet banner up");
            browser.submit("#complete-" + announce);
            browser.until(d -> "DONE".equals(d.findElement(By.id("task-" + announce)).getAttribute("data-status")));
            JsonNode done = Api.task(Api.ok(OPS_LEAD, "GET", Api.runbookOf(id), null), "announce-downtime");
            assertThat(done.path("status").asText()).isEqualTo("DONE");
            assertThat(done.path("startedBy").asText()).isEqualTo(OPS_LEAD);
            assertThat(done.path("actualStart").isTextual()).isTrue();
            assertThat(done.path("actualFinish").isTextual()).isTrue();
            assertThat(done.path("evidence").asText()).isEqualTo("Mail sent to all users, intranet banner up");

            // the go-live report: planned against actual for every task, and the Markdown download with her token
            browser.find("#open-report").click();
            browser.awaitScript();
            assertThat(browser.all("#report-tasks tbody tr")).hasSize(tasks);
            String announceRow = browser.driver().findElements(By.cssSelector("#report-tasks tbody tr")).stream()
                    .map(r -> r.getText()).filter(t -> t.contains("Announce the downtime")).findFirst().orElseThrow();
            assertThat(announceRow).contains("Done");
            assertThat(browser.find("#download-report").getAttribute("href")).endsWith("/cutovers/" + id + "/runbook/report.md");
            Map<String, Object> markdown = fetch(browser, "/cutovers/" + id + "/runbook/report.md");
            assertThat(markdown.get("status")).isEqualTo(200L);
            assertThat(String.valueOf(markdown.get("disposition"))).startsWith("attachment");
            assertThat(String.valueOf(markdown.get("body"))).contains("Announce the downtime to users");
            browser.screenshot("runbook-report");

            // her tasks as a calendar feed, with her token: the ops lead's role owns the announcement
            Map<String, Object> ics = fetch(browser, "/me/runbook-tasks.ics");
            assertThat(ics.get("status")).isEqualTo(200L);
            assertThat(String.valueOf(ics.get("body"))).contains("BEGIN:VCALENDAR").contains("Announce the downtime to users");
            assertThat(browser.severeLogs()).isEmpty();
        }
    }

    /** What a GET from the open page answers: status, Content-Disposition and body. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String path) {
        return (Map<String, Object>) browser.asyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.text().then(function (t) {"
                        + " done({status: r.status, disposition: r.headers.get('Content-Disposition'), body: t}); }); })"
                        + ".catch(function (e) { done({status: -1, body: String(e)}); });", path);
    }
}
