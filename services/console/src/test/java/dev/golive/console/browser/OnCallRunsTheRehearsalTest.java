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

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-call developer runs a staging rehearsal from a phone, through the rehearsal page's forms
 * only: records the rehearsal on a production backup, moves it hop by hop, records two custom-module
 * attempts (one failing, one succeeding), imports the upgrade summary and resolves its item. A size
 * staging-refresh refuses shows its reason next to the field and records nothing. staging-refresh
 * then holds what the page showed.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OnCallRunsTheRehearsalTest {

    private static final String ZONE = "Europe/Brussels";

    private static final String SUMMARY = """
            Views disabled during the upgrade:
            - Delivery Slot Kanban (stock_custom.view_picking_kanban_slot) on model stock.picking
            """;

    @Test
    void on_call_records_a_rehearsal_its_hops_and_attempts_and_resolves_the_summary_on_a_phone() {
        String id = Api.planCutover("Brasserie " + UUID.randomUUID().toString().substring(0, 6), ZONE)
                .path("id").asText();
        String rehearsals = Api.staging() + "/api/cutovers/" + id + "/rehearsals";
        // staging-refresh hears of the cutover through Kafka: the page is tried once it has
        assertThat(Api.okOnceKnown("oscar", "GET", rehearsals, null)).isEmpty();
        LocalDateTime backup = LocalDateTime.now(ZoneId.of(ZONE)).minusHours(3).truncatedTo(ChronoUnit.MINUTES);

        try (Browser browser = Browser.open(390, 844)) { // on a phone
            browser.signIn("oscar", "/cutovers/" + id);
            browser.find("#open-rehearsal").click();
            browser.awaitScript();
            assertThat(browser.all("#no-rehearsal")).hasSize(1);

            // a copy of no size at all: staging-refresh names the field, nothing is recorded, what was typed stays
            WebElement backupField = browser.find("#new-backup");
            browser.script("arguments[0].value = arguments[1]", backupField, backup.toString());
            browser.find("#new-size").sendKeys("0");
            browser.submit("#form-rehearsal");
            assertThat(browser.text("#new-size-error")).contains("between 1 and");
            assertThat(browser.find("#new-size").getAttribute("value")).isEqualTo("0");
            assertThat(Api.ok("oscar", "GET", rehearsals, null)).isEmpty();

            WebElement size = browser.find("#new-size");
            size.clear();
            size.sendKeys("2048");
            browser.submit("#form-rehearsal");
            assertThat(browser.driver().getCurrentUrl()).contains("rehearsal=");

            // the standard upgrade, hop by hop
            for (int from = 16; from < 19; from++) {
                browser.submit("#form-hop-" + from + "-start");
                browser.submit("#form-hop-" + from + "-finish");
                assertThat(browser.find("#hop-" + from).getAttribute("data-status")).isEqualTo("SUCCEEDED");
            }

            // the first push fails on a Python error, the second one succeeds
            browser.find("#at-commit").sendKeys("a1b2c3d");
            browser.submit("#form-attempt");
            new Select(browser.find("#fa-outcome")).selectByValue("FAILED");
            new Select(browser.find("#fa-category")).selectByValue("PYTHON_ERROR");
            browser.find("#fa-log").sendKeys("KeyError: 'x_delivery_slot'");
            browser.submit("#form-attempt-finish");
            assertThat(browser.find("#attempt-1").getAttribute("data-outcome")).isEqualTo("FAILED");
            browser.find("#at-commit").sendKeys("e4f5a6b");
            browser.submit("#form-attempt");
            new Select(browser.find("#fa-outcome")).selectByValue("SUCCEEDED");
            browser.submit("#form-attempt-finish");
            assertThat(browser.find("#attempt-2").getAttribute("data-outcome")).isEqualTo("SUCCEEDED");

            // the summary imported, its item fixed
            browser.find("#imp-text").sendKeys(SUMMARY);
            browser.submit("#form-import");
            assertThat(browser.all("#summary-items tbody tr.summary-item")).hasSize(1);
            WebElement item = browser.find("#summary-items tbody tr.summary-item");
            String itemId = item.getAttribute("id").substring("item-".length());
            item.findElement(By.id("res-" + itemId + "-fixed")).click();
            browser.submit(item.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.find("#item-" + itemId).getAttribute("data-status")).isEqualTo("FIXED");
            assertThat(browser.text("#item-" + itemId + " .history")).contains("by oscar");
            browser.screenshot("rehearsal-run-phone");

            JsonNode all = Api.ok("oscar", "GET", rehearsals, null);
            assertThat(all).hasSize(1);
            JsonNode rehearsal = all.get(0);
            assertThat(rehearsal.path("stage").asText()).isEqualTo("SUCCEEDED");
            assertThat(rehearsal.path("databaseSizeMb").asLong()).isEqualTo(2048);
            assertThat(rehearsal.path("productionBackupAt").asText())
                    .isEqualTo(backup.atZone(ZoneId.of(ZONE)).toInstant().toString());
            assertThat(rehearsal.path("requestedBy").asText()).isEqualTo("oscar");
            assertThat(rehearsal.path("hops").findValuesAsText("status")).containsExactly("SUCCEEDED", "SUCCEEDED", "SUCCEEDED");
            assertThat(rehearsal.path("attempts").findValuesAsText("commitRef")).containsExactly("a1b2c3d", "e4f5a6b");
            assertThat(rehearsal.path("attempts").findValuesAsText("outcome")).containsExactly("FAILED", "SUCCEEDED");
            assertThat(rehearsal.path("attempts").get(0).path("errorCategory").asText()).isEqualTo("PYTHON_ERROR");
            assertThat(rehearsal.path("attempts").get(0).path("logExcerpt").asText()).isEqualTo("KeyError: 'x_delivery_slot'");
            JsonNode items = Api.ok("oscar", "GET", rehearsals + "/" + rehearsal.path("id").asText() + "/summary-items", null);
            assertThat(items).hasSize(1);
            assertThat(items.get(0).path("model").asText()).isEqualTo("stock.picking");
            assertThat(items.get(0).path("status").asText()).isEqualTo("FIXED");
            assertThat(items.get(0).path("resolvedBy").asText()).isEqualTo("oscar");
            // the only error the browser saw is the refusal the page showed
            assertThat(browser.severeLogs(422)).isEmpty();
        }
    }
}
