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
class TesterRecordsResultTest {

    @Test
    void a_tester_records_a_result_on_her_own_scenario_and_cannot_on_someone_elses() {
        JsonNode planned = Api.planCutover("Boutique " + UUID.randomUUID().toString().substring(0, 6), "Europe/Brussels");
        String id = planned.path("id").asText();
        JsonNode cutover = Api.scheduleFirstWindow(id);
        JsonNode plan = Api.publishedPlan(id, cutover);
        List<String> tess = Api.assignmentsOf(plan, "tess");
        List<String> theo = Api.assignmentsOf(plan, "theo");
        assertThat(tess).isNotEmpty();
        assertThat(theo).isNotEmpty();
        String results = Api.testing() + "/api/cutovers/" + id + "/assignments/";

        try (Browser browser = Browser.open(390, 844)) { // a phone
            browser.signIn("tess", "/");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/me/scenarios");
            WebElement mine = browser.find("#a-" + tess.get(0));
            // tess's zone is Europe/Paris: her scenarios are on her clock
            assertThat(mine.getText()).contains("CET");
            for (String other : theo) {
                assertThat(browser.all("#a-" + other)).as("theo's assignments are not on tess's page").isEmpty();
            }

            mine.findElement(By.cssSelector("summary")).click();
            mine.findElement(By.cssSelector("input[value=PASSED]")).click();
            browser.submit(mine.findElement(By.cssSelector("button[type=submit]")));
            browser.until(d -> !d.findElements(By.cssSelector("#a-" + tess.get(0) + " [data-outcome=PASSED]")).isEmpty());
            browser.screenshot("my-scenarios-phone");

            JsonNode recorded = Api.ok("olivia", "GET", results + tess.get(0) + "/results", null);
            assertThat(recorded).hasSize(1);
            assertThat(recorded.get(0).path("outcome").asText()).isEqualTo("PASSED");
            assertThat(recorded.get(0).path("recordedBy").asText()).isEqualTo("tess");

            // on the test board, only her own rows offer the form
            browser.go("/cutovers/" + id);
            assertThat(browser.all("#assignment-" + tess.get(0) + " form")).hasSize(1);
            for (String other : theo) {
                assertThat(browser.all("#assignment-" + other + " form")).isEmpty();
            }
            assertThat(browser.all("#form-incident")).isEmpty();
            assertThat(browser.severeLogs()).isEmpty();

            // sending the form for theo's assignment anyway, from her own session (its form token):
            // weekend-testing refuses, the console says so
            Browser.Answer answer = browser.post("/cutovers/" + id + "/assignments/" + theo.get(0) + "/results",
                    "outcome=PASSED&from=cockpit&csrf-token=" + browser.formToken());
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.body()).contains("Not allowed");
            assertThat(Api.ok("olivia", "GET", results + theo.get(0) + "/results", null)).isEmpty();
        }
    }
}
