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
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before any weekend is chosen, a power user finds the staging round on My scenarios, records a
 * result on the upgraded staging database and notes what moved for her: weekend-testing then holds
 * a staging result of that rehearsal, and the ops lead's training list has her note.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class TesterTestsOnStagingTest {

    @Test
    void a_tester_records_a_staging_result_with_what_changed_for_her() {
        String id = Api.planCutover("Comptoir " + UUID.randomUUID().toString().substring(0, 6), "Europe/Brussels")
                .path("id").asText();
        String rehearsal = Api.succeededRehearsal(id);
        JsonNode round = Api.stagingRound(id, rehearsal);
        List<String> tess = Api.assignmentsOf(round, "tess");
        List<String> theo = Api.assignmentsOf(round, "theo");
        assertThat(tess).isNotEmpty();
        assertThat(theo).isNotEmpty();

        try (Browser browser = Browser.open(390, 844)) { // a phone
            browser.signIn("tess", "/me/scenarios");
            WebElement mine = browser.find("#a-" + tess.get(0));
            assertThat(mine.getAttribute("data-round")).isEqualTo("STAGING");
            assertThat(browser.text("h3.round")).contains("staging");
            for (String other : theo) {
                assertThat(browser.all("#a-" + other)).as("theo's staging assignments are not on tess's page").isEmpty();
            }

            mine.findElement(By.cssSelector("summary")).click();
            mine.findElement(By.cssSelector("input[value=PASSED]")).click();
            new Select(mine.findElement(By.cssSelector("select[name=changeKind]"))).selectByValue("MOVED_MENU");
            mine.findElement(By.cssSelector("input[name=changeDescription]")).sendKeys("Quotations are now under Orders");
            browser.submit(mine.findElement(By.cssSelector("button[type=submit]")));
            browser.until(d -> !d.findElements(By.cssSelector("#a-" + tess.get(0) + " [data-outcome=PASSED]")).isEmpty());
            browser.screenshot("my-scenarios-staging-phone");
            assertThat(browser.severeLogs()).isEmpty();
        }

        JsonNode results = Api.ok("olivia", "GET",
                Api.testing() + "/api/cutovers/" + id + "/assignments/" + tess.get(0) + "/results", null);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("round").asText()).isEqualTo("STAGING");
        assertThat(results.get(0).path("rehearsalId").asText()).isEqualTo(rehearsal);
        assertThat(results.get(0).path("recordedBy").asText()).isEqualTo("tess");
        assertThat(Api.ok("olivia", "GET", Api.testing() + "/api/cutovers/" + id + "/training", null).toString())
                .contains("Quotations are now under Orders").contains("MOVED_MENU");
    }
}
