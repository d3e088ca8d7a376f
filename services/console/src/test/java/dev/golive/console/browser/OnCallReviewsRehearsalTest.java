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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-call developer reviews the upgraded staging database item by item and imports the upgrade
 * summary on the rehearsal page; staging-refresh then holds what the page showed.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OnCallReviewsRehearsalTest {

    private static final String SUMMARY = """
            Your database has been upgraded to version 19.0.

            Views disabled during the upgrade:
            - Sale Order Form Custom (sale_custom.view_order_form_custom) on model sale.order

            The following fields were changed:
            - Field `x_delivery_slot` on model `sale.order` was renamed to `x_slot`

            Something nobody can read here
            """;

    @Test
    void the_review_is_recorded_with_evidence_and_the_summary_is_imported_showing_what_could_not_be_read() {
        String id = Api.planCutover("Atelier " + UUID.randomUUID().toString().substring(0, 6), "Europe/Brussels")
                .path("id").asText();
        String rehearsal = Api.succeededRehearsal(id);
        String review = Api.staging() + "/api/cutovers/" + id + "/rehearsals/" + rehearsal + "/review";

        try (Browser browser = Browser.open(390, 844)) { // on a phone
            browser.signIn("oscar", "/cutovers/" + id);
            browser.find("#open-rehearsal").click();
            assertThat(browser.text("h1")).contains("Staging rehearsal");
            assertThat(browser.all("#not-ready-for-power-users")).hasSize(1);
            assertThat(browser.all(".review-item")).hasSize(8);

            // "checked" without saying what was looked at: staging-refresh names the field, nothing changes
            WebElement pdf = browser.find("#review-PDF_REPORTS");
            pdf.findElement(By.cssSelector("summary")).click();
            browser.submit(pdf.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.text("#rv-PDF_REPORTS-evidence-error")).isNotBlank();
            assertThat(Api.ok("oscar", "GET", review, null).path("items").findValuesAsText("status"))
                    .containsOnly("OPEN");

            // with evidence it is recorded, by whom
            pdf = browser.find("#review-PDF_REPORTS");
            pdf.findElement(By.id("rv-PDF_REPORTS-evidence")).sendKeys("Printed invoice, delivery slip and quotation");
            browser.submit(pdf.findElement(By.cssSelector("button[type=submit]")));
            browser.until(d -> "CHECKED".equals(d.findElement(By.id("review-PDF_REPORTS")).getAttribute("data-status")));
            JsonNode item = item(Api.ok("oscar", "GET", review, null), "PDF_REPORTS");
            assertThat(item.path("status").asText()).isEqualTo("CHECKED");
            assertThat(item.path("by").asText()).isEqualTo("oscar");
            assertThat(item.path("evidence").asText()).isEqualTo("Printed invoice, delivery slip and quotation");

            // the summary pasted as the platform posted it: two items, and the line it could not read is shown
            browser.find("#imp-text").sendKeys(SUMMARY);
            browser.submit("#form-import");
            browser.until(d -> !d.findElements(By.id("import-report")).isEmpty());
            assertThat(browser.text("#import-report")).contains("2 item(s) created");
            assertThat(browser.text("#unparsed")).contains("Something nobody can read here");
            assertThat(browser.all("#summary-items tbody tr")).hasSize(2);
            browser.screenshot("rehearsal-review-phone");
            JsonNode items = Api.ok("oscar", "GET",
                    Api.staging() + "/api/cutovers/" + id + "/rehearsals/" + rehearsal + "/summary-items", null);
            assertThat(items.findValuesAsText("kind")).containsExactlyInAnyOrder("DISABLED_VIEW", "CHANGED_FIELD");
            // the only error the browser saw is the refusal the page showed
            assertThat(browser.severeLogs(422)).isEmpty();
        }
    }

    private static JsonNode item(JsonNode review, String key) {
        for (JsonNode i : review.path("items")) {
            if (key.equals(i.path("key").asText())) {
                return i;
            }
        }
        throw new AssertionError("no review item " + key + " in " + review);
    }
}
