package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.golive.console.support.Api;
import dev.golive.console.support.BackendServices;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops lead adds a stakeholder with their subscriptions and a chat webhook on the people page, is
 * shown the webhook's secret once, posts an update and finds it in the delivery log under the
 * person's name; notification-hub then holds all of it. On-call staff read the people, change nothing.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class OpsLeadManagesPeopleTest {

    private HttpServer chat;

    @BeforeEach
    void startTheChatWebhook() throws IOException {
        chat = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        chat.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        chat.start();
    }

    @AfterEach
    void stopIt() {
        chat.stop(0);
    }

    @Test
    void the_ops_lead_adds_a_stakeholder_with_subscriptions_and_a_webhook_and_posts_an_update() {
        String id = Api.planCutover("People " + UUID.randomUUID().toString().substring(0, 6), "Europe/Paris")
                .path("id").asText();
        String hub = BackendServices.URLS.get("notification-hub") + "/api/cutovers/" + id;
        Api.okOnceKnown("olivia", "GET", hub + "/stakeholders", null); // notification-hub knows the cutover and its team
        String hook = "http://127.0.0.1:" + chat.getAddress().getPort() + "/hook";

        try (Browser browser = Browser.open()) {
            browser.signIn("olivia", "/cutovers/" + id);
            browser.find("#open-people").click();
            browser.awaitScript();
            assertThat(browser.text("h1")).contains("People and notifications");
            assertThat(browser.all("#no-person")).hasSize(1);

            // a zone that does not exist: notification-hub names it, nothing is created, what was typed stays
            browser.find("#add-name").sendKeys("Sam Stakeholder");
            browser.find("#add-username").sendKeys("sam");
            browser.find("#add-zone").sendKeys("Mars/Olympus");
            browser.submit("#form-add-person");
            assertThat(browser.text("#add-zone-error")).isNotBlank();
            assertThat(browser.find("#add-name").getAttribute("value")).isEqualTo("Sam Stakeholder");
            assertThat(Api.ok("olivia", "GET", hub + "/stakeholders", null)).isEmpty();

            WebElement zone = browser.find("#add-zone");
            zone.clear();
            zone.sendKeys("America/New_York");
            new Select(browser.find("#add-role")).selectByValue("BUSINESS_STAKEHOLDER");
            new Select(browser.find("#add-language")).selectByValue("fr");
            browser.find("#add-email").sendKeys("sam@example.com");
            browser.find("#add-webhook-url").sendKeys(hook);
            new Select(browser.find("#add-webhook-format")).selectByValue("CHAT_TEXT");
            for (String kind : List.of("GO_NO_GO_DECIDED", "STAKEHOLDER_UPDATE", "CUTOVER_COMPLETED")) {
                browser.find("#add-kind-" + kind).click();
            }
            for (String channel : List.of("EMAIL", "WEBHOOK", "FEED")) {
                browser.find("#add-channel-" + channel).click();
            }
            browser.submit("#form-add-person");
            // the webhook's signing secret, this once
            assertThat(browser.text("#webhook-secrets")).contains("whsec_").contains(hook);

            JsonNode people = Api.ok("olivia", "GET", hub + "/stakeholders", null);
            assertThat(people).hasSize(1);
            JsonNode sam = people.get(0);
            String samId = sam.path("id").asText();
            assertThat(sam.path("name").asText()).isEqualTo("Sam Stakeholder");
            assertThat(sam.path("username").asText()).isEqualTo("sam");
            assertThat(sam.path("role").asText()).isEqualTo("BUSINESS_STAKEHOLDER");
            assertThat(sam.path("zone").asText()).isEqualTo("America/New_York");
            assertThat(sam.path("language").asText()).isEqualTo("fr");
            assertThat(sam.path("email").asText()).isEqualTo("sam@example.com");
            assertThat(sam.path("webhooks")).hasSize(1);
            assertThat(sam.path("webhooks").get(0).path("url").asText()).isEqualTo(hook);
            assertThat(sam.path("webhooks").get(0).path("format").asText()).isEqualTo("CHAT_TEXT");
            assertThat(sam.path("webhooks").get(0).has("secret")).isFalse();
            List<String> subscriptions = new ArrayList<>();
            sam.path("subscriptions").forEach(s -> subscriptions.add(s.path("eventKind").asText() + "/" + s.path("channel").asText()));
            assertThat(subscriptions).containsExactlyInAnyOrder(
                    "GO_NO_GO_DECIDED/EMAIL", "GO_NO_GO_DECIDED/WEBHOOK", "GO_NO_GO_DECIDED/FEED",
                    "STAKEHOLDER_UPDATE/EMAIL", "STAKEHOLDER_UPDATE/WEBHOOK", "STAKEHOLDER_UPDATE/FEED",
                    "CUTOVER_COMPLETED/EMAIL", "CUTOVER_COMPLETED/WEBHOOK", "CUTOVER_COMPLETED/FEED");

            // the page shows the secret nowhere once reloaded
            browser.go("/cutovers/" + id + "/people");
            assertThat(browser.all("#webhook-secrets")).isEmpty();
            assertThat(browser.text("#person-" + samId)).contains("Sam Stakeholder").doesNotContain("whsec_");
            assertThat(browser.text("#subscriptions-" + samId))
                    .isEqualTo("Hears Go no go decided, Cutover completed, Stakeholder update — on Email, Webhook, Feed");

            browser.find("#update-text").sendKeys("Restore finished, testing starts at 09:00");
            browser.submit("#form-update");
            assertThat(browser.text("#update-posted")).contains("Update sent");
            Awaitility.await("the update in the delivery log").atMost(Duration.ofSeconds(30))
                    .until(() -> kindsDelivered(hub).contains("STAKEHOLDER_UPDATE"));
            JsonNode update = null;
            for (JsonNode d : Api.ok("olivia", "GET", hub + "/deliveries", null)) {
                if ("STAKEHOLDER_UPDATE".equals(d.path("kind").asText()) && samId.equals(d.path("stakeholderId").asText())) {
                    update = d;
                }
            }
            assertThat(update).as("a delivery of the update to sam").isNotNull();

            browser.go("/cutovers/" + id + "/people");
            List<WebElement> logged = browser.driver().findElements(
                    By.cssSelector("#deliveries tr[data-kind=STAKEHOLDER_UPDATE]"));
            assertThat(logged).isNotEmpty();
            assertThat(logged.get(0).getText()).contains("Sam Stakeholder").doesNotContain(samId);
            browser.screenshot("people-managed");
            assertThat(browser.severeLogs(422)).isEmpty();
        }

        // on-call staff read who hears what, and are offered nothing to change (notification-hub lets only the ops lead)
        try (Browser browser = Browser.open(390, 844)) {
            browser.signIn("oscar", "/cutovers/" + id);
            browser.find("#open-people").click();
            browser.awaitScript();
            assertThat(browser.text("main")).contains("Sam Stakeholder");
            assertThat(browser.all("main form[method=post]")).isEmpty();
            assertThat(browser.all("#panel-deliveries")).isEmpty();
        }
    }

    private static List<String> kindsDelivered(String hub) {
        List<String> kinds = new ArrayList<>();
        Api.ok("olivia", "GET", hub + "/deliveries", null).forEach(d -> kinds.add(d.path("kind").asText()));
        return kinds;
    }
}
