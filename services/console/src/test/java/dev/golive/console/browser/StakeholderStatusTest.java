package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class StakeholderStatusTest {

    @Test
    void a_stakeholder_sees_the_status_page_and_no_edit_controls() {
        String name = "Bakery " + UUID.randomUUID().toString().substring(0, 6);
        JsonNode cutover = Api.planCutover(name, "Europe/London");
        String id = cutover.path("id").asText();
        Api.scheduleFirstWindow(id);

        try (Browser browser = Browser.open()) {
            browser.signIn("sam", "/");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/status");
            WebElement card = browser.driver().findElements(By.cssSelector(".status-card")).stream()
                    .filter(c -> c.getText().contains(name)).findFirst().orElseThrow();
            assertThat(card.getText()).contains("Scheduled").contains("Business resumes").contains("Rollback assessment");
            // sam's zone is America/New_York: the London times come with his own
            assertThat(card.getText()).contains("GMT").contains("your time:").contains("EST");
            assertThat(browser.all("main form, main button, main input, main textarea, main select"))
                    .as("read-only").isEmpty();
            assertThat(browser.all("header nav a[href='/calendar']")).isEmpty();
            browser.screenshot("status-stakeholder");
            assertThat(browser.severeLogs()).isEmpty();

            // the cockpit is not his: the console refuses it
            browser.driver().get(Browser.CONSOLE + "/cutovers/" + id);
            assertThat(browser.driver().getPageSource()).doesNotContain("Report an incident").doesNotContain(name);
        }
    }
}
