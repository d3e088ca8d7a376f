package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class StakeholderStatusTest {

    private static WebElement statusCard(Browser browser, String name) {
        return browser.driver().findElements(By.cssSelector(".status-card")).stream()
                .filter(c -> c.getText().contains(name)).findFirst().orElseThrow();
    }

    @Test
    void a_stakeholder_sees_the_status_page_with_no_edit_controls_and_it_follows_the_weekend_live() {
        String name = "Bakery " + UUID.randomUUID().toString().substring(0, 6);
        JsonNode cutover = Api.planCutover(name, "Europe/London");
        String id = cutover.path("id").asText();
        Api.scheduleFirstWindow(id);

        try (Browser browser = Browser.open()) {
            browser.signIn("sam", "/");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/status");
            WebElement card = statusCard(browser, name);
            assertThat(card.getText()).contains("Scheduled").contains("Business resumes").contains("Rollback assessment");
            // sam's zone is America/New_York: the London times come with his own
            assertThat(card.getText()).contains("GMT").contains("your time:").contains("EST");
            assertThat(browser.all("main form, main button, main input, main textarea, main select"))
                    .as("read-only").isEmpty();
            assertThat(browser.all("header nav a[href='/calendar']")).isEmpty();
            browser.screenshot("status-stakeholder");
            assertThat(browser.severeLogs()).isEmpty();

            // the weekend goes wrong elsewhere: the status page follows by itself, at status level only
            String assessment = Api.rollback() + "/api/cutovers/" + id + "/rollback-assessment";
            Awaitility.await("rollback-decision knows the window").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> Api.call("sam", "GET", assessment, null).status() == 200);
            browser.until(d -> "Live".equals(browser.text("#live-status")));
            browser.script("window.sameDocument = 'yes'");
            Api.ok("nina", "POST", Api.rollback() + "/api/cutovers/" + id + "/incidents", Map.of(
                    "title", "Warehouse scanners reject every order", "businessFlow", "INVENTORY_AND_DELIVERY",
                    "severity", "CRITICAL", "systemUsable", false, "dataIntegrityAtRisk", false));
            browser.until(d -> statusCard(browser, name).getText().contains("Roll back"));
            assertThat(browser.script("return window.sameDocument")).as("updated in place, not reloaded").isEqualTo("yes");
            assertThat(statusCard(browser, name).getText()).contains("open incidents: 1")
                    .doesNotContain("Warehouse scanners").doesNotContain("nina");
            assertThat(browser.severeLogs()).isEmpty();

            // the cockpit is not his: the console refuses it
            browser.driver().get(Browser.CONSOLE + "/cutovers/" + id);
            assertThat(browser.driver().getPageSource()).doesNotContain("Report an incident").doesNotContain(name);
        }
    }
}
