package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops lead plans a cutover with Belgium's holidays through the form (a country that does not
 * exist refused next to its field first), then reads the month view: Christmas by name, a freeze
 * period of her team, and the months before and after, as the planner holds them (ADR 0022).
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadMonthCalendarTest {

    @Test
    void an_ops_lead_sees_holidays_by_name_and_freeze_periods_in_the_month_view_and_moves_between_months() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Brewery " + suffix;
        String team = "team-" + suffix;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate christmas = MonthDay.of(12, 25).atYear(today.getYear());
        YearMonth december = YearMonth.from(christmas);
        // a freeze of this team only, so no other test's weekend is closed by it
        String freezeName = "Stocktake " + suffix;
        JsonNode freeze = Api.ok("ada", "POST", Api.planner() + "/api/freeze-periods", Map.of("name", freezeName,
                "from", christmas.minusDays(3).toString(), "to", christmas.minusDays(2).toString(), "team", team));

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/calendar");

            fill(browser, "#plan-name", name);
            fill(browser, "#plan-client", "Acme Beverages");
            fill(browser, "#plan-zone", "Europe/Brussels");
            fill(browser, "#plan-team", team);
            fill(browser, "#plan-country", "XX");
            browser.submit("#form-plan");
            assertThat(browser.text("#plan-country-error")).contains("ISO 3166-1");
            assertThat(browser.find("#plan-name").getAttribute("value")).isEqualTo(name);
            assertThat(cutoversNamed(name)).isEmpty();

            fill(browser, "#plan-country", "BE");
            browser.submit("#form-plan");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/window");
            JsonNode planned = cutoversNamed(name).get(0);
            assertThat(planned.path("holidayCalendar").path("country").asText()).isEqualTo("BE");

            browser.go("/calendar?month=" + december);
            assertThat(browser.text("#h-month")).isEqualTo("December " + december.getYear());
            // what the planner holds for Belgium this month is what the grid shows, by name
            JsonNode holidays = Api.ok("olivia", "GET", Api.planner() + "/api/holidays?country=BE&from="
                    + december.atDay(1) + "&to=" + december.atEndOfMonth(), null);
            assertThat(holidays.size()).isPositive();
            for (JsonNode h : holidays) {
                assertThat(browser.text("#day-" + h.path("date").asText())).contains(h.path("name").asText() + " (holiday, BE)");
            }
            assertThat(browser.text("#day-" + christmas)).contains("Christmas (holiday, BE)");
            assertThat(browser.text("#day-" + christmas.minusDays(3))).contains("Freeze: " + freezeName + " (team " + team + ")");
            assertThat(browser.text("#day-" + christmas.minusDays(2))).contains("Freeze: " + freezeName);
            assertThat(browser.text("#day-" + christmas.minusDays(1))).doesNotContain(freezeName);
            assertThat(browser.all("#month tbody tr")).hasSize(weeks(december));
            assertThat(browser.all("#month thead th")).extracting(WebElement::getText).first().isEqualTo("Mon");
            // the list of upcoming weekends stays below the month
            assertThat(browser.all(".calendar .entry")).isNotEmpty();
            browser.screenshot("calendar-month");

            browser.find("#month-next").click();
            assertThat(browser.text("#h-month")).isEqualTo("January " + (december.getYear() + 1));
            assertThat(browser.text("#day-" + december.plusMonths(1).atDay(1))).contains("(holiday, BE)");
            browser.find("#month-previous").click();
            browser.find("#month-previous").click();
            assertThat(browser.text("#h-month")).isEqualTo("November " + december.getYear());
            assertThat(browser.driver().getCurrentUrl()).endsWith("/calendar?month=" + december.minusMonths(1));

            // on a phone the grid is a list of the days that hold something, each with its weekday
            browser.go("/calendar?month=" + december);
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat(browser.find("#month thead").isDisplayed()).isFalse();
            WebElement christmasDay = browser.find("#day-" + christmas);
            assertThat(christmasDay.isDisplayed()).isTrue();
            assertThat(christmasDay.getText()).contains(christmas.getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
            assertThat(browser.severeLogs(422)).isEmpty();
        } finally {
            Api.call("olivia", "DELETE", Api.planner() + "/api/freeze-periods/" + freeze.path("id").asText(), null);
        }
    }

    private static int weeks(YearMonth month) {
        LocalDate monday = month.atDay(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate sunday = month.atEndOfMonth().with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        return (int) ((sunday.toEpochDay() - monday.toEpochDay() + 1) / 7);
    }

    private static void fill(Browser browser, String css, String value) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(value);
    }

    private static List<JsonNode> cutoversNamed(String name) {
        JsonNode page = Api.ok("olivia", "GET", Api.planner() + "/api/cutovers?size=100", null);
        List<JsonNode> found = new ArrayList<>();
        page.path("items").forEach(c -> {
            if (name.equals(c.path("name").asText())) {
                found.add(c);
            }
        });
        return found;
    }
}
