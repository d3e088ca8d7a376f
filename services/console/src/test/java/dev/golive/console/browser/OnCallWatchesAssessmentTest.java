package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OnCallWatchesAssessmentTest {

    @Test
    void an_engineer_on_call_reports_an_incident_and_sees_the_assessment_change_live() {
        JsonNode cutover = Api.planCutover("Ledger " + UUID.randomUUID().toString().substring(0, 6), "Asia/Singapore");
        String id = cutover.path("id").asText();
        Api.scheduleFirstWindow(id);
        String assessment = Api.rollback() + "/api/cutovers/" + id + "/rollback-assessment";
        Awaitility.await("rollback-decision knows the window").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> Api.call("oscar", "GET", assessment, null).status() == 200);

        try (Browser browser = Browser.open()) {
            browser.signIn("oscar", "/cutovers/" + id);
            assertThat(browser.text("#assessment-recommendation")).isEqualTo("Fix forward");
            assertThat(browser.all("#form-rollback")).as("the decision form is the ops lead's").isEmpty();
            assertThat(browser.all("#form-gonogo")).isEmpty();

            // a form the service refuses: the reason shows next to the field, nothing is reported
            browser.submit("#form-incident");
            assertThat(browser.text("#inc-title-error")).isNotBlank();
            assertThat(Api.ok("oscar", "GET", Api.rollback() + "/api/cutovers/" + id + "/incidents", null)).isEmpty();

            browser.find("#inc-title").sendKeys("Delivery slip shows the old logo");
            new Select(browser.find("#inc-flow")).selectByValue("REPORTING");
            new Select(browser.find("#inc-severity")).selectByValue("LOW");
            browser.find("#inc-workaround").click();
            browser.submit("#form-incident");
            browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#incident-list li")).size() == 1);
            assertThat(browser.text("#incident-list")).contains("Delivery slip shows the old logo").contains("oscar");
            assertThat(browser.text("#assessment-recommendation")).isEqualTo("Fix forward");

            // the page stays open; nina reports elsewhere that nobody can invoice: the page follows by itself
            browser.until(d -> "Live".equals(browser.text("#live-status")));
            browser.script("window.sameDocument = 'yes'");
            Api.ok("nina", "POST", Api.rollback() + "/api/cutovers/" + id + "/incidents", Map.of(
                    "title", "Invoices cannot be posted", "businessFlow", "INVOICING_AND_ACCOUNTING",
                    "severity", "CRITICAL", "systemUsable", false, "dataIntegrityAtRisk", false));
            browser.until(d -> "Roll back".equals(browser.text("#assessment-recommendation")));
            assertThat(browser.script("return window.sameDocument")).as("updated in place, not reloaded").isEqualTo("yes");
            assertThat(browser.text("#incident-list")).contains("Invoices cannot be posted").contains("system unusable");
            assertThat(browser.text("#panel-incidents")).contains("Point of no return");
            browser.script("document.getElementById('panel-incidents').scrollIntoView()");
            browser.screenshot("cockpit-incident-live");
            assertThat(browser.severeLogs(422)).isEmpty();
        }
    }
}
