package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On-call staff read the roster on a phone: their own shifts first and marked, the gap named, and
 * nothing to change (the ops lead builds the roster). On the weekend tests page they read the plan
 * without its forms; a stakeholder there sees the coverage only, as weekend-testing lets them read.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OnCallSeesTheirShiftsOnAPhoneTest {

    @Test
    void oscar_sees_his_shifts_marked_and_the_gap_on_a_phone_without_edit_controls() {
        String id = Api.planCutover("Tonnellerie " + UUID.randomUUID().toString().substring(0, 6), "Europe/Brussels")
                .path("id").asText();
        JsonNode cutover = Api.scheduleFirstWindow(id);
        Instant from = Api.milestone(cutover, "DOWNTIME_START");
        Instant to = Api.milestone(cutover, "BUSINESS_RESUME");
        Instant half = from.plus(Duration.between(from, to).dividedBy(2));
        publishRoster(id, List.of(
                Map.of("person", "oscar", "role", "PRIMARY", "start", from.toString(), "end", to.toString()),
                Map.of("person", "nina", "role", "SECONDARY", "start", from.toString(), "end", half.toString())));

        try (Browser browser = Browser.open(390, 844)) {
            browser.signIn("oscar", "/cutovers/" + id);
            browser.find("#open-roster").click();
            browser.awaitScript();
            assertThat(browser.text("#my-shifts")).contains("Primary");
            assertThat(browser.all(".shift.mine")).hasSize(1);
            assertThat(browser.find(".shift.mine").getAttribute("data-person")).isEqualTo("oscar");
            assertThat(browser.find(".shift[data-person=nina]").getAttribute("class")).doesNotContain("mine");
            assertThat(browser.text(".gap[data-role=SECONDARY]")).startsWith("No secondary on call from");
            // reading only: no form to add, change or remove a shift
            assertThat(browser.all("#form-shift-add")).isEmpty();
            assertThat(browser.all(".shift form")).isEmpty();
            // nothing wider than the phone
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(390);
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("roster-phone");

            // the weekend tests: read, not changed
            browser.go("/cutovers/" + id + "/testing");
            assertThat(browser.all("#panel-coverage")).hasSize(1);
            assertThat(browser.all("#panel-plan")).hasSize(1);
            assertThat(browser.all("#form-scenario-add, #form-tester-add, #form-plan")).isEmpty();
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(390);
            assertThat(browser.severeLogs()).isEmpty();
        }
    }

    @Test
    void a_stakeholder_sees_the_coverage_only() {
        String id = Api.planCutover("Chocolaterie " + UUID.randomUUID().toString().substring(0, 6), "Europe/Brussels")
                .path("id").asText();
        Api.okOnceKnown("olivia", "POST", Api.testing() + "/api/cutovers/" + id + "/scenarios/catalogue", null);

        try (Browser browser = Browser.open(390, 844)) {
            browser.signIn("sam", "/cutovers/" + id + "/testing");
            browser.awaitScript();
            assertThat(browser.all("#coverage tbody tr")).isNotEmpty();
            assertThat(browser.text("#pending-critical")).contains("critical scenario(s) still to pass");
            assertThat(browser.all("#panel-scenarios, #panel-testers, #panel-plan, #panel-training, form[method=post]"))
                    .isEmpty();
            assertThat(browser.severeLogs()).isEmpty();
        }
    }

    /** The ops lead publishes the roster once weekend-testing knows the window (before that: 409 NO_WINDOW). */
    private static void publishRoster(String id, List<Map<String, String>> shifts) {
        String roster = Api.testing() + "/api/cutovers/" + id + "/roster";
        Awaitility.await("weekend-testing takes the roster of " + id).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> Api.call("olivia", "PUT", roster, Map.of("shifts", shifts)).status() == 200);
    }
}
