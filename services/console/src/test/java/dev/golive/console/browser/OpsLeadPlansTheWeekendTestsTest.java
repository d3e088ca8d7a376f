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
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops lead prepares the weekend tests on the testing page: two scenarios, two testers with the
 * time each can test (one typed on the business's clock, one on the tester's own), plans and
 * publishes, then gives one assignment to the other tester later on; weekend-testing then holds
 * what the forms said. A scenario that takes too little time is refused, named by its field, and
 * nothing is added.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadPlansTheWeekendTestsTest {

    private static final String BUSINESS_ZONE = "Europe/Brussels";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    @Test
    void the_ops_lead_adds_scenarios_and_testers_plans_publishes_and_overrides_an_assignment() {
        String id = Api.planCutover("Fonderie " + UUID.randomUUID().toString().substring(0, 6), BUSINESS_ZONE)
                .path("id").asText();
        JsonNode cutover = Api.scheduleFirstWindow(id);
        Instant testingStart = Api.milestone(cutover, "TECHNICAL_REVIEW_END");
        String base = Api.testing() + "/api/cutovers/" + id;
        awaitWindowKnown(base);

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/cutovers/" + id);
            browser.find("#open-testing").click();
            browser.awaitScript();
            assertThat(browser.text("h1")).contains("Weekend tests");

            // the first scenario
            addScenario(browser, "sales-quote", "Quotation to invoice", "SALES", "CRITICAL", "60");
            browser.until(d -> !d.findElements(By.id("scenario-sales-quote")).isEmpty());

            // refused: five minutes at least; weekend-testing names the field, what was typed stays, nothing is added
            addScenario(browser, "stock-receipt", "Receive goods", "INVENTORY", "NORMAL", "2");
            assertThat(browser.text("#sc-minutes-error")).isNotBlank();
            assertThat(browser.find("#sc-title").getAttribute("value")).isEqualTo("Receive goods");
            assertThat(Api.ok("olivia", "GET", base + "/scenarios", null).findValuesAsText("id"))
                    .containsExactly("sales-quote");
            browser.find("#sc-minutes").clear();
            browser.find("#sc-minutes").sendKeys("45");
            browser.submit("#form-scenario-add");
            browser.until(d -> !d.findElements(By.id("scenario-stock-receipt")).isEmpty());

            // Tess: her time typed on the business's clock; Theo: on his own (Chicago)
            Instant tessFrom = testingStart;
            Instant tessTo = testingStart.plus(Duration.ofHours(6));
            addTester(browser, "Tess Tester", "tess", "Europe/Paris", typed(tessFrom, BUSINESS_ZONE),
                    typed(tessTo, BUSINESS_ZONE), "#ts-entry-business");
            browser.until(d -> d.findElement(By.id("panel-testers")).getText().contains("Tess Tester"));
            addTester(browser, "Theo Tester", "theo", "America/Chicago", typed(tessFrom, "America/Chicago"),
                    typed(tessTo, "America/Chicago"), "#ts-entry-tester");
            browser.until(d -> d.findElement(By.id("panel-testers")).getText().contains("Theo Tester"));
            JsonNode testers = Api.ok("olivia", "GET", base + "/testers", null);
            assertThat(testers).hasSize(2);
            for (JsonNode t : testers) {
                assertThat(t.path("availability")).hasSize(1);
                assertThat(Instant.parse(t.path("availability").get(0).path("start").asText())).isEqualTo(tessFrom);
                assertThat(Instant.parse(t.path("availability").get(0).path("end").asText())).isEqualTo(tessTo);
            }
            String theoId = idOf(testers, "theo");
            // Theo's times are shown on his clock and on the business's
            assertThat(browser.text("#tester-" + theoId + "-slots")).contains("CST").contains("CET");

            // plan, then publish
            browser.submit("#form-plan");
            assertThat(browser.find("#plan-status").getAttribute("data-status")).isEqualTo("DRAFT");
            assertThat(browser.all("#assignments tbody tr")).hasSize(2);
            browser.submit("#form-publish");
            assertThat(browser.find("#plan-status").getAttribute("data-status")).isEqualTo("PUBLISHED");
            JsonNode plan = Api.ok("olivia", "GET", base + "/assignments", null);
            assertThat(plan.path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(plan.path("assignments")).hasSize(2);

            // the quotation goes to someone else, three hours in (typed on the business's clock)
            JsonNode quote = assignmentOf(plan, "sales-quote");
            String other = "tess".equals(quote.path("testerUsername").asText()) ? theoId : idOf(testers, "tess");
            Instant movedTo = testingStart.plus(Duration.ofHours(3));
            String aid = quote.path("id").asText();
            WebElement row = browser.find("#assignment-" + aid);
            row.findElement(By.cssSelector("summary")).click();
            new Select(row.findElement(By.id("ov-" + aid + "-tester"))).selectByValue(other);
            setValue(browser, "#ov-" + aid + "-start", typed(movedTo, BUSINESS_ZONE));
            row.findElement(By.id("ov-" + aid + "-zbusiness")).click();
            row.findElement(By.id("ov-" + aid + "-reason")).sendKeys("at a trade fair on Saturday morning");
            browser.submit(row.findElement(By.cssSelector("button[type=submit]")));
            browser.script("document.getElementById('panel-plan').scrollIntoView()");
            browser.screenshot("testing-plan");
            JsonNode moved = Api.ok("olivia", "GET", base + "/assignments/" + aid, null);
            assertThat(moved.path("testerId").asText()).isEqualTo(other);
            assertThat(Instant.parse(moved.path("start").asText())).isEqualTo(movedTo);
            assertThat(browser.text("#assignment-" + aid + " .tester-name"))
                    .isEqualTo(other.equals(theoId) ? "Theo Tester" : "Tess Tester");

            // Tess can test one more evening too: typed on her own clock (Paris) on her row
            String tessId = idOf(testers, "tess");
            Instant eveningFrom = testingStart.plus(Duration.ofHours(10));
            Instant eveningTo = eveningFrom.plus(Duration.ofHours(2));
            WebElement tess = browser.find("#tester-" + tessId);
            tess.findElement(By.cssSelector("details summary")).click();
            setValue(browser, "#sl-" + tessId + "-start", typed(eveningFrom, "Europe/Paris"));
            setValue(browser, "#sl-" + tessId + "-end", typed(eveningTo, "Europe/Paris"));
            browser.submit(tess.findElement(By.cssSelector("form[action$='/slots'] button[type=submit]")));
            browser.until(d -> d.findElements(By.cssSelector("#tester-" + tessId + "-slots li")).size() == 2);
            JsonNode tessHeld = Api.ok("olivia", "GET", base + "/testers/" + tessId, null);
            assertThat(tessHeld.path("availability")).hasSize(2);
            assertThat(Instant.parse(tessHeld.path("availability").get(1).path("start").asText())).isEqualTo(eveningFrom);
            assertThat(browser.severeLogs(422)).isEmpty();
        }
    }

    /** weekend-testing has heard of the cutover and of its window (through Kafka) once its plan says when testing is. */
    private static void awaitWindowKnown(String base) {
        Awaitility.await("weekend-testing knows the window").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    var answer = Api.call("olivia", "GET", base + "/assignments", null);
                    return answer.status() == 200 && !answer.json().path("testingStart").isNull()
                            && answer.json().hasNonNull("testingStart");
                });
    }

    private static void addScenario(Browser browser, String id, String title, String area, String criticality,
                                    String minutes) {
        for (String field : new String[]{"#sc-id", "#sc-title", "#sc-minutes"}) {
            browser.find(field).clear();
        }
        browser.find("#sc-id").sendKeys(id);
        browser.find("#sc-title").sendKeys(title);
        new Select(browser.find("#sc-area")).selectByValue(area);
        new Select(browser.find("#sc-criticality")).selectByValue(criticality);
        browser.find("#sc-minutes").sendKeys(minutes);
        browser.submit("#form-scenario-add");
    }

    private static void addTester(Browser browser, String name, String username, String zone, String from, String to,
                                  String entryZone) {
        browser.find("#ts-name").sendKeys(name);
        browser.find("#ts-username").sendKeys(username);
        browser.find("#ts-contact").sendKeys(username + "@golive.example");
        browser.find("#ts-zone").clear();
        browser.find("#ts-zone").sendKeys(zone);
        browser.find("#ts-area-SALES").click();
        browser.find("#ts-area-INVENTORY").click();
        setValue(browser, "#ts-start", from);
        setValue(browser, "#ts-end", to);
        browser.find(entryZone).click();
        browser.submit("#form-tester-add");
    }

    /** A datetime-local input is filled as the browser's picker would (typing depends on the browser's locale). */
    private static void setValue(Browser browser, String css, String value) {
        browser.script("arguments[0].value = arguments[1]", browser.find(css), value);
    }

    private static String typed(Instant at, String zone) {
        return TYPED.format(at.atZone(ZoneId.of(zone)));
    }

    private static String idOf(JsonNode testers, String username) {
        for (JsonNode t : testers) {
            if (username.equals(t.path("username").asText())) {
                return t.path("id").asText();
            }
        }
        throw new AssertionError("no tester " + username + " in " + testers);
    }

    private static JsonNode assignmentOf(JsonNode plan, String scenarioId) {
        for (JsonNode a : plan.path("assignments")) {
            if (scenarioId.equals(a.path("scenarioId").asText())) {
                return a;
            }
        }
        throw new AssertionError("no assignment of " + scenarioId + " in " + plan);
    }
}
