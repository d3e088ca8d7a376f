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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class FormTokenTest {

    private static final String REPORTER = "nina";

    @Test
    void a_post_without_the_session_s_form_token_or_with_another_session_s_is_refused_and_reaches_no_service() {
        JsonNode cutover = Api.planCutover("Foundry " + UUID.randomUUID().toString().substring(0, 6), "Europe/Madrid");
        String id = cutover.path("id").asText();
        Api.scheduleFirstWindow(id);
        String incidents = Api.rollback() + "/api/cutovers/" + id + "/incidents";
        Awaitility.await("rollback-decision knows the window").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> Api.call(REPORTER, "GET", Api.rollback() + "/api/cutovers/" + id + "/rollback-assessment", null)
                        .status() == 200);
        String report = "/cutovers/" + id + "/incidents";

        try (Browser mine = Browser.open(); Browser other = Browser.open()) {
            mine.signIn(REPORTER, "/cutovers/" + id);
            List<WebElement> forms = mine.all("form[method=post]");
            assertThat(forms).as("the cockpit's forms").isNotEmpty();
            for (WebElement form : forms) {
                assertThat(form.findElements(By.cssSelector("input[type=hidden][name=csrf-token]")))
                        .as("form %s carries the token", form.getAttribute("action")).hasSize(1);
            }
            String token = mine.formToken();
            assertThat(token).isNotBlank();
            assertThat(mine.all("form[method=post] input[name=csrf-token]"))
                    .allSatisfy(field -> assertThat(field.getAttribute("value")).isEqualTo(token));

            // the form as the page sends it: accepted, the incident is recorded
            mine.find("#inc-title").sendKeys("Pick lists print twice");
            new Select(mine.find("#inc-flow")).selectByValue("REPORTING");
            new Select(mine.find("#inc-severity")).selectByValue("LOW");
            mine.submit("#form-incident");
            mine.until(d -> d.findElements(By.cssSelector("#incident-list li")).size() == 1);
            assertThat(titles(incidents)).containsExactly("Pick lists print twice");

            // the same post without the token (what another site's page would send): refused, nothing recorded
            String fields = "title=Sent+without+a+token&businessFlow=REPORTING&severity=LOW";
            Browser.Answer without = mine.post(report, fields);
            assertThat(without.status()).isEqualTo(403);
            assertThat(without.body()).contains("Form refused").contains("nothing was");
            assertThat(mine.post(report, fields + "&csrf-token=").status()).as("an empty token").isEqualTo(403);
            assertThat(mine.post(report, fields + "&csrf-token=" + "A".repeat(token.length())).status())
                    .as("a made-up token").isEqualTo(403);

            // nina signed in a second time, in another browser: another session, another token — not valid in this one
            other.signIn(REPORTER, "/cutovers/" + id);
            String othersToken = other.formToken();
            assertThat(othersToken).isNotBlank().isNotEqualTo(token);
            Browser.Answer withAnothers = mine.post(report, "title=Sent+with+another+session%27s+token"
                    + "&businessFlow=REPORTING&severity=LOW&csrf-token=" + othersToken);
            assertThat(withAnothers.status()).isEqualTo(403);
            assertThat(withAnothers.body()).contains("Form refused");
            assertThat(titles(incidents)).containsExactly("Pick lists print twice");

            // the very same post with this session's own token goes through: only the token made the difference
            Browser.Answer withMine = mine.post(report, "title=Sent+with+this+session%27s+token"
                    + "&businessFlow=REPORTING&severity=LOW&csrf-token=" + token);
            assertThat(withMine.status()).isEqualTo(200);
            assertThat(titles(incidents)).containsExactlyInAnyOrder("Pick lists print twice", "Sent with this session's token");
            assertThat(mine.severeLogs(403)).isEmpty();
        }
    }

    private static List<String> titles(String incidentsUrl) {
        List<String> titles = new ArrayList<>();
        Api.ok(REPORTER, "GET", incidentsUrl, null).forEach(incident -> titles.add(incident.path("title").asText()));
        return titles;
    }
}
