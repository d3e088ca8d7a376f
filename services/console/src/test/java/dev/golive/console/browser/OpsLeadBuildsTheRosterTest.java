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
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops lead builds the on-call roster of the weekend on the roster page: a primary for the whole
 * window and a secondary for its first half leave the second half without a secondary, which the
 * page says in words; a shift that ends before it starts is refused next to its field and changes
 * nothing; a person on two shifts at once is named; changing who takes the shift closes the gap.
 * weekend-testing then holds the roster the forms built.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadBuildsTheRosterTest {

    private static final String ZONE = "Europe/Brussels";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm zzz", Locale.ENGLISH);

    @Test
    void the_ops_lead_adds_shifts_sees_the_gap_named_and_a_wrong_shift_refused() {
        String id = Api.planCutover("Verrerie " + UUID.randomUUID().toString().substring(0, 6), ZONE)
                .path("id").asText();
        JsonNode cutover = Api.scheduleFirstWindow(id);
        Instant from = Api.milestone(cutover, "DOWNTIME_START");
        Instant to = Api.milestone(cutover, "BUSINESS_RESUME");
        Instant half = from.plus(Duration.between(from, to).dividedBy(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String roster = Api.testing() + "/api/cutovers/" + id + "/roster";
        Awaitility.await("weekend-testing knows the window").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    var plan = Api.call("olivia", "GET", Api.testing() + "/api/cutovers/" + id + "/assignments", null);
                    return plan.status() == 200 && plan.json().hasNonNull("testingStart");
                });

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/cutovers/" + id);
            browser.find("#open-roster").click();
            browser.awaitScript();
            assertThat(browser.all("#no-roster")).hasSize(1);

            addShift(browser, "oscar", "PRIMARY", from, to);
            browser.until(d -> d.findElements(By.cssSelector(".shift")).size() == 1);
            addShift(browser, "nina", "SECONDARY", from, half);
            browser.until(d -> d.findElements(By.cssSelector(".shift")).size() == 2);

            // the second half has no secondary: said in words, on the business's clock
            WebElement gap = browser.find(".gap[data-role=SECONDARY]");
            assertThat(gap.getText()).startsWith("No secondary on call from")
                    .contains(SHOWN.format(half.atZone(ZoneId.of(ZONE))))
                    .contains(SHOWN.format(to.atZone(ZoneId.of(ZONE))));

            // refused: a shift that ends before it starts; named by its field, what was typed kept, nothing changed
            addShift(browser, "nina", "SECONDARY", to, half);
            assertThat(browser.text("#sa-end-error")).contains("after its start");
            assertThat(browser.find("#sa-person").getAttribute("value")).isEqualTo("nina");
            assertThat(Api.ok("olivia", "GET", roster, null).path("shifts")).hasSize(2);

            // oscar on a second shift at once: named
            addShift(browser, "oscar", "SECONDARY", half, to);
            browser.until(d -> !d.findElements(By.cssSelector(".overlap")).isEmpty());
            assertThat(browser.text(".overlap")).contains("oscar is on two shifts at once");

            // that shift goes to nina: the roster is sound
            String shiftId = shiftOf(Api.ok("olivia", "GET", roster, null), "oscar", "SECONDARY");
            WebElement shift = browser.find("#shift-" + shiftId);
            shift.findElement(By.cssSelector("summary")).click();
            WebElement person = shift.findElement(By.id("sh-" + shiftId + "-person"));
            person.clear();
            person.sendKeys("nina");
            browser.submit(shift.findElement(By.cssSelector("button[type=submit]")));
            browser.until(d -> !d.findElements(By.id("roster-sound")).isEmpty());
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("roster");

            JsonNode held = Api.ok("olivia", "GET", roster, null);
            assertThat(held.path("sound").asBoolean()).isTrue();
            assertThat(held.path("gaps")).isEmpty();
            assertThat(held.path("shifts").findValuesAsText("person")).containsExactlyInAnyOrder("oscar", "nina", "nina");
            assertThat(Instant.parse(held.path("shifts").get(0).path("start").asText())).isEqualTo(from);

            // removing the second half's secondary opens the gap again
            browser.submit(browser.find("#sh-" + shiftId + "-remove"));
            browser.until(d -> !d.findElements(By.cssSelector(".gap[data-role=SECONDARY]")).isEmpty());
            assertThat(Api.ok("olivia", "GET", roster, null).path("shifts")).hasSize(2);
            assertThat(browser.severeLogs(422)).isEmpty();
        }
    }

    private static void addShift(Browser browser, String person, String role, Instant start, Instant end) {
        browser.find("#sa-person").clear();
        browser.find("#sa-person").sendKeys(person);
        new Select(browser.find("#sa-role")).selectByValue(role);
        browser.script("arguments[0].value = arguments[1]", browser.find("#sa-start"), TYPED.format(start.atZone(ZoneId.of(ZONE))));
        browser.script("arguments[0].value = arguments[1]", browser.find("#sa-end"), TYPED.format(end.atZone(ZoneId.of(ZONE))));
        browser.find("#sa-business").click();
        browser.submit("#form-shift-add");
    }

    private static String shiftOf(JsonNode roster, String person, String role) {
        for (JsonNode s : roster.path("shifts")) {
            if (person.equals(s.path("person").asText()) && role.equals(s.path("role").asText())) {
                return s.path("id").asText();
            }
        }
        throw new AssertionError("no " + role + " shift of " + person + " in " + roster);
    }
}
