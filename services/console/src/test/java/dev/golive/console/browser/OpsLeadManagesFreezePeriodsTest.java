package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops lead manages a freeze period once, from the calendar: a period that ends before it starts is
 * refused by the planner next to the field and nothing is kept; a sound one is kept by the planner for
 * the team it names; removed, it is gone. A tester reads the list without the forms.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadManagesFreezePeriodsTest {

    @Test
    void a_freeze_period_is_added_refused_when_backwards_and_removed() {
        String team = "team-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate from = LocalDate.now().plusYears(3).withMonth(12).withDayOfMonth(20);
        String freezes = Api.planner() + "/api/freeze-periods";

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/calendar");
            browser.find("#open-freeze-periods").click();
            assertThat(browser.text("h1")).isEqualTo("Freeze periods");

            fill(browser, "#freeze-name", "Year-end closing");
            date(browser, "#freeze-from", from);
            date(browser, "#freeze-to", from.minusDays(3));
            fill(browser, "#freeze-team", team);
            browser.submit("#form-freeze");
            assertThat(browser.text("#freeze-to-error")).isNotBlank();
            assertThat(browser.find("#freeze-name").getAttribute("value")).isEqualTo("Year-end closing");
            assertThat(ofTeam(freezes, team)).as("nothing kept").isZero();

            date(browser, "#freeze-to", from.plusDays(14));
            browser.submit("#form-freeze");
            assertThat(ofTeam(freezes, team)).isEqualTo(1);
            assertThat(browser.text("#panel-freezes")).contains("Year-end closing").contains("team " + team);
            browser.screenshot("freeze-periods");

            browser.submit(browser.all("#panel-freezes li.freeze").stream()
                    .filter(li -> li.getText().contains(team)).findFirst().orElseThrow()
                    .findElement(org.openqa.selenium.By.cssSelector("button")));
            assertThat(ofTeam(freezes, team)).isZero();
            assertThat(browser.severeLogs(422)).isEmpty();
        }

        try (Browser browser = Browser.open(390, 844)) {
            browser.signIn("tess", "/freeze-periods");
            assertThat(browser.all("main form")).as("a tester reads, no forms").isEmpty();
        }
    }

    private static long ofTeam(String freezes, String team) {
        JsonNode all = Api.ok("olivia", "GET", freezes, null);
        return StreamSupport.stream(all.spliterator(), false).filter(f -> team.equals(f.path("team").asText())).count();
    }

    private static void fill(Browser browser, String css, String text) {
        browser.find(css).clear();
        browser.find(css).sendKeys(text);
    }

    /** A date field set as a browser's date picker would (its value is the ISO date). */
    private static void date(Browser browser, String css, LocalDate date) {
        browser.script("document.querySelector(arguments[0]).value = arguments[1];", css, date.toString());
    }
}
