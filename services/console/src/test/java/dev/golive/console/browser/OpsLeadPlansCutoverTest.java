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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadPlansCutoverTest {

    @Test
    void an_ops_lead_signs_in_plans_a_cutover_and_schedules_a_window_from_the_proposals() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // another cutover already holds the first eligible weekend: the calendar must show the overlap
        JsonNode other = Api.planCutover("Warehouse " + suffix, "Europe/Berlin");
        Api.scheduleFirstWindow(other.path("id").asText());

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/calendar");
            assertThat(browser.text(".who")).contains("Olivia").contains("ops-lead");

            // a zone that does not exist: the planner's problem shows next to the zone field, nothing is planned
            String name = "Shop " + suffix;
            fill(browser, "#plan-name", name);
            fill(browser, "#plan-client", "Acme Retail");
            fill(browser, "#plan-zone", "Mars/Olympus");
            fill(browser, "#plan-team", "team-" + suffix);
            browser.submit("#form-plan");
            assertThat(browser.text("#plan-zone-error")).contains("IANA");
            assertThat(browser.find("#plan-name").getAttribute("value")).isEqualTo(name);
            assertThat(cutoversNamed(name)).isEmpty();

            fill(browser, "#plan-zone", "Europe/Paris");
            browser.submit("#form-plan");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/window");
            List<WebElement> proposals = browser.all("input[name=downtimeStart]");
            // the console asks the planner for six windows; the page offers exactly the planner's, in its order
            String cutoverId = cutoversNamed(name).get(0).path("id").asText();
            JsonNode offered = Api.ok("olivia", "GET", Api.planner() + "/api/cutovers/" + cutoverId + "/window-proposals?count=6", null);
            List<String> plannerStarts = new java.util.ArrayList<>();
            offered.path("windows").forEach(w -> plannerStarts.add(w.path("downtimeStart").asText()));
            assertThat(plannerStarts).hasSize(6);
            assertThat(proposals).extracting(p -> p.getAttribute("value")).containsExactlyElementsOf(plannerStarts);
            String chosen = proposals.get(0).getAttribute("value");
            browser.screenshot("window-proposals");
            proposals.get(0).click();
            fill(browser, "#window-reason", "after the stocktake");
            browser.submit("#form-window");

            browser.until(d -> d.findElements(By.cssSelector("#panel-timeline tbody tr")).size() == 8);
            assertThat(browser.text("h1")).contains(name).contains("Scheduled");
            assertThat(browser.text("#panel-timeline")).contains("Point of no return").contains("CET");
            // the downtime, the system back and the resume are planned here; what happened is a column of its own
            assertThat(browser.all("#panel-timeline td.observed")).extracting(e -> e.getText())
                    .filteredOn(text -> !text.isBlank()).containsOnly("not yet").hasSize(3);
            // olivia's zone (Europe/London) differs from the cutover's: her own time is shown too
            assertThat(browser.text("#panel-timeline")).contains("your time:").contains("GMT");
            assertThat(browser.all("#panel-timeline [data-countdown]")).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getText()).startsWith("in "));
            // every service answers: no banner says one does not
            assertThat(browser.all("#unavailable")).isEmpty();
            assertThat(browser.all("#form-rollback")).hasSize(1);
            browser.screenshot("cockpit-ops-lead");

            // the go/no-go gates and the decision form: the planner says what is missing and when it can be decided
            // no rehearsal yet and no integration verified: gates fail or stay UNKNOWN, which counts against going live
            assertThat(browser.text("#gates-recommendation")).isEqualTo("No go");
            browser.submit("#form-gonogo");
            assertThat(browser.text("#gng-error")).contains("GO or NO_GO");
            assertThat(browser.text("#gng-reason-error")).contains("required");
            browser.find("#gng-nogo").click();
            fill(browser, "#gng-reason", "the rehearsal is not fresh yet");
            browser.submit("#form-gonogo");
            assertThat(browser.text("#form-gonogo .form-message")).contains("can be recorded from then on");
            assertThat(browser.find("#gng-reason").getAttribute("value")).isEqualTo("the rehearsal is not fresh yet");

            JsonNode planned = cutoversNamed(name).get(0);
            JsonNode gates = Api.ok("olivia", "GET", Api.planner() + "/api/cutovers/" + planned.path("id").asText() + "/gates", null);
            // the planner writes the latest decision as null until there is one
            assertThat(gates.path("decision").isNull()).as("nothing decided: %s", gates.path("decision")).isTrue();
            assertThat(planned.path("window").path("downtimeStart").asText()).startsWith(chosen.substring(0, 16));
            assertThat(planned.path("zone").asText()).isEqualTo("Europe/Paris");

            browser.go("/calendar");
            WebElement entry = browser.driver().findElements(By.cssSelector(".calendar .entry")).stream()
                    .filter(e -> e.getText().contains(name)).findFirst().orElseThrow();
            assertThat(entry.getText()).contains("Conflict").contains(other.path("name").asText());
            browser.screenshot("calendar");
            assertThat(browser.severeLogs(422)).isEmpty();
        }
    }

    private static void fill(Browser browser, String css, String value) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(value);
    }

    private static List<JsonNode> cutoversNamed(String name) {
        JsonNode page = Api.ok("olivia", "GET", Api.planner() + "/api/cutovers?size=100", null);
        List<JsonNode> found = new java.util.ArrayList<>();
        page.path("items").forEach(c -> {
            if (name.equals(c.path("name").asText())) {
                found.add(c);
            }
        });
        return found;
    }
}
