package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tester makes a calendar link in the console, a calendar app reads it without signing in and finds
 * the weekend and her test assignments, and once she revokes it the link reads nothing.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class TesterSubscribesToTheirCalendarTest {

    private static final HttpClient CALENDAR_APP = HttpClient.newHttpClient();

    @Test
    void a_link_made_in_the_console_serves_her_weekend_until_she_revokes_it() throws Exception {
        String name = "Tuilerie " + UUID.randomUUID().toString().substring(0, 6);
        String id = Api.planCutover(name, "Europe/Brussels").path("id").asText();
        JsonNode cutover = Api.scheduleFirstWindow(id);
        Api.publishedPlan(id, cutover);
        String links = Api.planner() + "/api/me/calendar-subscriptions";
        int before = Api.ok("tess", "GET", links, null).size();

        try (Browser browser = Browser.open(390, 844)) { // on her phone
            browser.signIn("tess", "/me/calendar-feeds");
            assertThat(browser.text("h1")).isEqualTo("My calendar feed");

            // a name longer than the planner keeps: its message next to the field, no link made
            browser.script("document.getElementById('feed-label').removeAttribute('maxlength');"
                    + "document.getElementById('feed-label').value = 'x'.repeat(101);");
            browser.submit("#form-feed");
            assertThat(browser.text("#feed-label-error")).contains("100");
            assertThat(Api.ok("tess", "GET", links, null).size()).isEqualTo(before);

            browser.find("#feed-label").clear();
            browser.find("#feed-label").sendKeys("Work phone");
            browser.submit("#form-feed");
            String url = browser.find("#new-feed-url").getAttribute("value");
            assertThat(browser.find("#new-feed-webcal").getAttribute("href")).startsWith("webcal://");
            assertThat(url).contains("/api/calendar-feeds/").endsWith(".ics");
            assertThat(Api.ok("tess", "GET", links, null).toString()).contains("Work phone")
                    .doesNotContain(url.substring(url.lastIndexOf('/') + 1, url.length() - 4));

            // the calendar app: no token, just the address
            Awaitility.await("her assignments reach her feed").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> read(url).body().contains("SUMMARY:Test: "));
            String ics = read(url).body();
            assertThat(ics).contains("SUMMARY:Go-live weekend: " + name).contains("STATUS:CONFIRMED")
                    .doesNotContain("On call");
            browser.screenshot("calendar-feeds-phone");

            // reloaded, the page lists the link but never shows its address again
            browser.go("/me/calendar-feeds");
            assertThat(browser.all("#new-feed-url")).isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain(url);
            browser.submit(browser.all("#panel-feeds li.feed:not(.revoked) button[id^=revoke-]").get(0));
            assertThat(browser.text("#panel-feeds")).contains("revoked");
            assertThat(read(url).statusCode()).isEqualTo(404);
            assertThat(browser.severeLogs(422)).as("only the refused name was answered 422").isEmpty();
        }
    }

    private static HttpResponse<String> read(String url) throws Exception {
        return CALENDAR_APP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
