package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openqa.selenium.WebElement;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops lead works the cockpit: mitigates and then resolves an incident, moves the go-live to
 * another weekend with the window picker; on a second cutover names its members, lengthens the
 * downtime of its policy, adds two blackout periods and cancels it with a reason after confirming. A resolution without words and a cancellation without a reason are refused next to
 * their fields and change nothing. rollback-decision and cutover-planner then hold what the page showed.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadHandlesIncidentsAndReschedulesTest {

    @Test
    void the_ops_lead_mitigates_and_resolves_an_incident_reschedules_and_cancels_another_cutover() {
        String id = Api.planCutover("Fonderie " + UUID.randomUUID().toString().substring(0, 6), "Europe/Paris")
                .path("id").asText();
        String scheduled = Api.scheduleFirstWindow(id).path("window").path("downtimeStart").asText();
        String incidents = Api.rollback() + "/api/cutovers/" + id + "/incidents";
        String incident = Api.okOnceKnown("oscar", "POST", incidents, Map.of(
                "title", "Stock moves lost on receipt", "businessFlow", "INVENTORY_AND_DELIVERY",
                "severity", "CRITICAL", "systemUsable", true, "dataIntegrityAtRisk", true)).path("id").asText();
        String other = Api.planCutover("Verrerie " + UUID.randomUUID().toString().substring(0, 6), "Europe/Paris")
                .path("id").asText();
        String planner = Api.planner() + "/api/cutovers/";

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/cutovers/" + id);

            // mitigated: a workaround holds
            browser.find("#incident-" + incident + " summary").click();
            browser.submit("#form-mitigate-" + incident);
            assertThat(browser.find("#incident-" + incident).getAttribute("data-status")).isEqualTo("MITIGATED");
            assertThat(Api.ok("olivia", "GET", incidents + "/" + incident, null).path("status").asText())
                    .isEqualTo("MITIGATED");

            // resolved without saying how: refused next to the field, still mitigated
            browser.find("#incident-" + incident + " summary").click();
            browser.submit("#form-resolve-" + incident);
            assertThat(browser.text("#ir-" + incident + "-resolution-error")).contains("say how");
            assertThat(Api.ok("olivia", "GET", incidents + "/" + incident, null).path("status").asText())
                    .isEqualTo("MITIGATED");
            browser.find("#ir-" + incident + "-resolution").sendKeys("Receipts re-posted from the scanner log");
            browser.submit("#form-resolve-" + incident);
            assertThat(browser.find("#incident-" + incident).getAttribute("data-status")).isEqualTo("RESOLVED");
            JsonNode resolved = Api.ok("olivia", "GET", incidents + "/" + incident, null);
            assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
            assertThat(resolved.path("resolution").asText()).isEqualTo("Receipts re-posted from the scanner log");
            assertThat(resolved.path("resolvedBy").asText()).isEqualTo("olivia");

            // rescheduled to the second weekend the planner proposes
            browser.find("#reschedule").click();
            browser.awaitScript();
            String chosen = browser.find("#w-1").getAttribute("value");
            assertThat(chosen).isNotEqualTo(scheduled);
            browser.find("#w-1").click();
            browser.find("#window-reason").sendKeys("the warehouse stocktake moved");
            browser.submit("#form-window");
            assertThat(Api.ok("olivia", "GET", planner + id, null).path("window").path("downtimeStart").asText())
                    .isEqualTo(chosen);
            browser.screenshot("cockpit-incident-resolved-rescheduled");

            // the other cutover: the stakeholder no longer named among its members
            browser.go("/cutovers/" + other);
            WebElement list = browser.find("#members-list");
            assertThat(list.getAttribute("value")).contains("sam stakeholder").contains("oscar on-call");
            String withoutSam = Arrays.stream(list.getAttribute("value").split("\n"))
                    .filter(line -> !line.trim().equals("sam stakeholder")).collect(Collectors.joining("\n"));
            browser.script("arguments[0].value = arguments[1]", list, withoutSam);
            browser.submit("#form-members");
            assertThat(Api.ok("olivia", "GET", planner + other + "/members", null).path("own").findValuesAsText("member"))
                    .contains("olivia", "oscar").doesNotContain("sam");

            // a longer downtime in its policy; what was left empty keeps its value
            String resume = Api.ok("olivia", "GET", planner + other, null).path("policy").path("businessResumeTime").asText();
            browser.find("#edit-policy summary").click();
            browser.find("#pol-downtime").sendKeys("6");
            browser.submit("#form-policy");
            JsonNode policy = Api.ok("olivia", "GET", planner + other, null).path("policy");
            assertThat(policy.path("expectedDowntime").asText()).isEqualTo("PT6H");
            assertThat(policy.path("businessResumeTime").asText()).isEqualTo(resume);

            // two blackout periods, one row at a time
            fill(browser, 0, "2027-03-01", "2027-03-05", "Trade fair in Lyon");
            browser.submit("#form-blackouts");
            fill(browser, 1, "2027-06-28", "2027-07-02", "Half-year closing");
            browser.submit("#form-blackouts");
            JsonNode blackouts = Api.ok("olivia", "GET", planner + other, null).path("blackouts");
            assertThat(blackouts.findValuesAsText("reason")).containsExactly("Trade fair in Lyon", "Half-year closing");
            assertThat(blackouts.findValuesAsText("from")).containsExactly("2027-03-01", "2027-06-28");
            assertThat(browser.find("#bo-reason-1").getAttribute("value")).isEqualTo("Half-year closing");

            // then cancelled: first without a reason, then without confirming, then for real
            browser.find("#cancel-cutover summary").click();
            browser.find("#cancel-confirm").click();
            browser.submit("#form-cancel");
            assertThat(browser.text("#cancel-reason-error")).isNotBlank();
            assertThat(Api.ok("olivia", "GET", planner + other, null).path("status").asText()).isNotEqualTo("CANCELLED");
            browser.find("#cancel-reason").sendKeys("The client postponed the migration to next year");
            browser.submit("#form-cancel");
            assertThat(browser.text("#cancel-confirm-error")).contains("confirm");
            assertThat(browser.find("#cancel-reason").getAttribute("value"))
                    .isEqualTo("The client postponed the migration to next year");
            assertThat(Api.ok("olivia", "GET", planner + other, null).path("status").asText()).isNotEqualTo("CANCELLED");
            browser.find("#cancel-confirm").click();
            browser.submit("#form-cancel");
            assertThat(browser.all("#cancelled")).hasSize(1);
            assertThat(Api.ok("olivia", "GET", planner + other, null).path("status").asText()).isEqualTo("CANCELLED");
            // the first cutover is untouched by the other's cancellation
            assertThat(Api.ok("olivia", "GET", planner + id, null).path("status").asText()).isNotEqualTo("CANCELLED");
            assertThat(browser.severeLogs(422)).isEmpty();
        }
    }

    /** Types a blackout period into row {@code row} (date inputs take their ISO value from a script, whatever the locale). */
    private static void fill(Browser browser, int row, String from, String to, String reason) {
        browser.script("arguments[0].value = arguments[1]", browser.find("#bo-from-" + row), from);
        browser.script("arguments[0].value = arguments[1]", browser.find("#bo-to-" + row), to);
        browser.find("#bo-reason-" + row).sendKeys(reason);
    }
}
