package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.golive.console.support.Api;
import dev.golive.console.support.BackendServices;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops lead registers an integration on its page, records a check of its checklist, defines a
 * probe against a small endpoint of the test's own on loopback, runs it and reads the result;
 * integration-readiness then holds all of it. A refused form shows its field error and changes nothing.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadPreparesIntegrationsTest {

    private HttpServer health;

    @BeforeEach
    void startTheIntegrationsEndpoint() throws IOException {
        health = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        health.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        health.start();
    }

    @AfterEach
    void stopIt() {
        health.stop(0);
    }

    @Test
    void the_ops_lead_adds_an_integration_checks_it_and_runs_its_probe() {
        String id = Api.planCutover("Payments " + UUID.randomUUID().toString().substring(0, 6), "Europe/Paris")
                .path("id").asText();
        String integrations = BackendServices.URLS.get("integration-readiness") + "/api/cutovers/" + id + "/integrations";
        Api.okOnceKnown("olivia", "GET", integrations, null); // integration-readiness has heard of the cutover and its team
        String target = "http://127.0.0.1:" + health.getAddress().getPort() + "/health";

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/cutovers/" + id);
            browser.find("#open-integrations").click();
            browser.awaitScript();
            assertThat(browser.text("h1")).contains("Integrations of");
            assertThat(browser.all("#no-integration")).hasSize(1);

            // without a name: integration-readiness names the field, what was typed stays, nothing is registered
            browser.find("#add-owner").sendKeys("Finance team");
            browser.submit("#form-add-integration");
            assertThat(browser.text("#add-name-error")).isNotBlank();
            assertThat(browser.find("#add-owner").getAttribute("value")).isEqualTo("Finance team");
            assertThat(Api.ok("olivia", "GET", integrations, null)).isEmpty();

            browser.find("#add-name").sendKeys("Card payments");
            new Select(browser.find("#add-kind")).selectByValue("PAYMENT_PROVIDER");
            new Select(browser.find("#add-criticality")).selectByValue("CRITICAL");
            browser.find("#add-testable").click();
            browser.find("#add-endpoints").sendKeys("https://api.payments.example/v1");
            browser.find("#add-models").sendKeys("account.payment");
            browser.find("#add-fields").sendKeys("account.payment:partner_id");
            browser.find("#add-actions").sendKeys("Fetch card payouts");
            browser.script("arguments[0].value = '2027-06-30'", browser.find("#add-expiry"));
            browser.submit("#form-add-integration");

            JsonNode registered = Api.ok("olivia", "GET", integrations, null);
            assertThat(registered).hasSize(1);
            JsonNode integration = registered.get(0);
            String iid = integration.path("id").asText();
            assertThat(integration.path("name").asText()).isEqualTo("Card payments");
            assertThat(integration.path("kind").asText()).isEqualTo("PAYMENT_PROVIDER");
            assertThat(integration.path("criticality").asText()).isEqualTo("CRITICAL");
            assertThat(integration.path("owner").asText()).isEqualTo("Finance team");
            assertThat(integration.path("testableOnStaging").asBoolean()).isTrue();
            assertThat(integration.path("endpoints").get(0).asText()).isEqualTo("https://api.payments.example/v1");
            assertThat(integration.path("fields").get(0).asText()).contains("partner_id");
            assertThat(integration.path("credentialsExpireOn").asText()).isEqualTo("2027-06-30");
            // its verdict, by name and in words: its checklist is open
            assertThat(browser.text("#h-integration-" + iid)).contains("Card payments").contains("not ready");
            assertThat(browser.text("#reasons-" + iid)).contains("Credentials").doesNotContain("CREDENTIALS")
                    .doesNotContain(iid);

            // a checklist item checked with evidence
            WebElement credentials = browser.find("#check-" + iid + "-CREDENTIALS");
            credentials.findElement(By.cssSelector("summary")).click();
            credentials.findElement(By.id("chk-" + iid + "-CREDENTIALS-PASSED")).click();
            credentials.findElement(By.id("chk-" + iid + "-CREDENTIALS-evidence"))
                    .sendKeys("Production keys in the vault, valid until June 2027");
            browser.submit(credentials.findElement(By.cssSelector("button[type=submit]")));
            browser.until(d -> "PASSED".equals(d.findElement(By.id("check-" + iid + "-CREDENTIALS")).getAttribute("data-status")));
            JsonNode item = itemOf(Api.ok("olivia", "GET", integrations + "/" + iid + "/checklist", null), "CREDENTIALS");
            assertThat(item.path("status").asText()).isEqualTo("PASSED");
            assertThat(item.path("checkedBy").asText()).isEqualTo("olivia");
            assertThat(item.path("evidence").asText()).isEqualTo("Production keys in the vault, valid until June 2027");

            // a probe against the test's endpoint, run now
            browser.script("document.getElementById(arguments[0]).closest('details').open = true", "form-probe-" + iid);
            browser.find("#probe-" + iid + "-target").sendKeys(target);
            browser.find("#probe-" + iid + "-json").sendKeys("/status = UP");
            browser.submit("#form-probe-" + iid);
            JsonNode probes = Api.ok("olivia", "GET", integrations + "/" + iid + "/probes", null);
            assertThat(probes).hasSize(1);
            String probeId = probes.get(0).path("id").asText();
            assertThat(probes.get(0).path("target").asText()).isEqualTo(target);
            assertThat(probes.get(0).path("jsonAssertions").path("/status").asText()).isEqualTo("UP");

            browser.submit("#form-run-" + probeId);
            assertThat(browser.text("#ran-outcome")).isEqualTo("Passed");
            assertThat(browser.text("#probe-result")).contains("HTTP 200").contains("CET");
            assertThat(browser.all("#results-" + probeId + " tbody tr")).hasSize(1);
            browser.screenshot("integrations-prepared");
            JsonNode results = Api.ok("olivia", "GET", integrations + "/" + iid + "/probes/" + probeId + "/results", null);
            assertThat(results).hasSize(1);
            assertThat(results.get(0).path("outcome").asText()).isEqualTo("PASSED");
            assertThat(results.get(0).path("runKind").asText()).isEqualTo("MANUAL");
            assertThat(results.get(0).path("httpStatus").asInt()).isEqualTo(200);

            // the owner changes; nothing else does
            browser.script("document.getElementById(arguments[0]).closest('details').open = true", "form-edit-" + iid);
            WebElement owner = browser.find("#edit-" + iid + "-owner");
            owner.clear();
            owner.sendKeys("Treasury");
            browser.submit("#form-edit-" + iid);
            JsonNode changed = Api.ok("olivia", "GET", integrations + "/" + iid, null);
            assertThat(changed.path("owner").asText()).isEqualTo("Treasury");
            assertThat(changed.path("name").asText()).isEqualTo("Card payments");
            assertThat(changed.path("credentialsExpireOn").asText()).isEqualTo("2027-06-30");
            assertThat(changed.path("endpoints")).hasSize(1);
            assertThat(browser.severeLogs(422)).isEmpty();
        }

        // a tester is not offered the page (integration-readiness does not show them the integrations)
        try (Browser browser = Browser.open()) {
            browser.signIn("tess", "/cutovers/" + id);
            browser.awaitScript();
            assertThat(browser.all("#open-integrations")).isEmpty();
            assertThat(browser.all("#open-people")).isEmpty();
            assertThat(browser.all("#open-my-notifications")).hasSize(1);
        }
    }

    private static JsonNode itemOf(JsonNode checklist, String item) {
        for (JsonNode i : checklist.path("items")) {
            if (item.equals(i.path("item").asText())) {
                return i;
            }
        }
        throw new AssertionError("no checklist item " + item + " in " + checklist);
    }
}
