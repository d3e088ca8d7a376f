package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekend as a chart: the ops lead sees the phases, every tester's assignments and the on-call
 * shifts the services hold; a tester sees their own assignments (in bold) and no roster; a stakeholder
 * sees the phases and the deadlines only.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class EveryoneSeesTheWeekendChartTest {

    @Test
    void each_role_sees_the_weekend_it_may_read_on_its_own_clock() {
        String name = "Cartonnage " + UUID.randomUUID().toString().substring(0, 6);
        String id = Api.planCutover(name, "Europe/Brussels").path("id").asText();
        JsonNode cutover = Api.scheduleFirstWindow(id);
        JsonNode plan = Api.publishedPlan(id, cutover);
        Instant down = Api.milestone(cutover, "DOWNTIME_START");
        Instant resume = Api.milestone(cutover, "BUSINESS_RESUME");
        Instant handover = down.plus(java.time.Duration.ofHours(20));
        Api.ok("olivia", "PUT", Api.testing() + "/api/cutovers/" + id + "/roster", Map.of("shifts", List.of(
                Map.of("id", "s1", "person", "oscar", "role", "PRIMARY", "start", down.toString(), "end", handover.toString()),
                Map.of("id", "s2", "person", "nina", "role", "PRIMARY", "start", handover.toString(), "end", resume.toString()),
                Map.of("id", "s3", "person", "nina", "role", "SECONDARY", "start", down.toString(), "end", handover.toString()))));
        int tessAssignments = Api.assignmentsOf(plan, "tess").size();

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/cutovers/" + id);
            browser.find("#open-weekend").click();
            assertThat(browser.text("h1")).contains(name);
            assertThat(labels(browser)).startsWith("Downtime and upgrade", "Technical review", "Weekend testing")
                    .contains("Tests: Tess Tester", "Tests: Theo Tester", "On call: oscar", "On call: nina");
            assertThat(browser.all("#weekend-chart rect.bar.shift")).hasSize(3);
            assertThat(browser.all("#weekend-chart rect.bar.assignment")).hasSize(plan.path("assignments").size());
            assertThat(browser.all("#weekend-chart [data-marker]")).extracting(e -> e.getAttribute("data-marker"))
                    .contains("go-no-go", "point-of-no-return", "business-resume");
            // olivia's clock is Europe/London: the axis says so, the table gives the business's times too
            assertThat(browser.text("#chart-legend")).contains("Europe/London").contains("Europe/Brussels");
            assertThat(browser.all("#weekend-table tr.shift")).hasSize(3);
            browser.screenshot("weekend-chart");
            assertThat(browser.severeLogs()).isEmpty();
        }

        try (Browser browser = Browser.open(390, 844)) { // a tester on a phone
            browser.signIn("tess", "/cutovers/" + id + "/weekend");
            assertThat(labels(browser)).contains("Tests: Tess Tester").doesNotContain("Tests: Theo Tester")
                    .noneMatch(label -> label.startsWith("On call"));
            assertThat(browser.all("#weekend-chart .row-label.critical")).extracting(WebElement::getText)
                    .contains("Tests: Tess Tester");
            assertThat(browser.all("#weekend-chart rect.bar.assignment")).hasSize(tessAssignments);
        }

        try (Browser browser = Browser.open()) {
            browser.signIn("sam", "/cutovers/" + id + "/weekend");
            assertThat(labels(browser)).containsExactly("Downtime and upgrade", "Technical review", "Weekend testing");
            assertThat(browser.all("#unavailable")).as("nothing refused him: he was not asked what he may not read").isEmpty();
        }
    }

    private static List<String> labels(Browser browser) {
        return browser.all("#weekend-chart .row-label").stream().map(WebElement::getText).toList();
    }
}
