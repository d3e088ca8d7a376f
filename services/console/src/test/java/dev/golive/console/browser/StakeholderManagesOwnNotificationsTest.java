package dev.golive.console.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.console.support.Api;
import dev.golive.console.support.BackendServices;
import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sam, a business stakeholder, opens the page every mail links to ({@code /me/notifications?cutover=})
 * on a phone and stops hearing about stakeholder updates; notification-hub then holds that. A choice
 * the hub refuses shows its reason by the boxes and changes nothing; the people page offers sam nothing.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class StakeholderManagesOwnNotificationsTest {

    @Test
    void sam_turns_stakeholder_updates_off_for_one_cutover() {
        String id = Api.planCutover("Own " + UUID.randomUUID().toString().substring(0, 6), "Europe/Paris")
                .path("id").asText();
        String hub = BackendServices.URLS.get("notification-hub");
        Api.okOnceKnown("olivia", "POST", hub + "/api/cutovers/" + id + "/stakeholders", Map.of(
                "name", "Sam Stakeholder", "username", "sam", "role", "BUSINESS_STAKEHOLDER",
                "zone", "America/New_York", "language", "en", "email", "sam@example.com"));
        String mine = hub + "/api/me/subscriptions?cutover=" + id;
        assertThat(heard(mine)).contains("STAKEHOLDER_UPDATE", "GO_NO_GO_DECIDED");
        List<String> before = heard(mine);

        try (Browser browser = Browser.open(390, 844)) { // from the link in a mail, on a phone
            browser.signIn("sam", "/me/notifications?cutover=" + id);
            browser.awaitScript();
            assertThat(browser.text("h1")).isEqualTo("My notifications");
            assertThat(browser.text("#h-notifications-" + id)).startsWith("Own ");
            assertThat(browser.find("#mine-" + id + "-STAKEHOLDER_UPDATE").isSelected()).isTrue();
            assertThat(browser.all("#mine-" + id + "-PAGE")).isEmpty();

            // a box whose value was tampered with into PAGE: the hub refuses it by the boxes, nothing changes
            browser.script("arguments[0].value = 'PAGE'; arguments[0].checked = true",
                    browser.find("#mine-" + id + "-TRAINING_LIST"));
            browser.submit("#form-kinds-" + id);
            assertThat(browser.text("#mine-" + id + "-kinds-error")).contains("pages always reach");
            assertThat(heard(mine)).isEqualTo(before);

            browser.go("/me/notifications?cutover=" + id);
            browser.find("#mine-" + id + "-STAKEHOLDER_UPDATE").click();
            browser.submit("#form-kinds-" + id);
            assertThat(browser.find("#mine-" + id + "-STAKEHOLDER_UPDATE").isSelected()).isFalse();
            assertThat(browser.find("#mine-" + id + "-GO_NO_GO_DECIDED").isSelected()).isTrue();
            browser.screenshot("my-notifications-phone");

            List<String> after = heard(mine);
            assertThat(after).doesNotContain("STAKEHOLDER_UPDATE").contains("GO_NO_GO_DECIDED");
            assertThat(after).hasSize(before.size() - 1);
            JsonNode asTheOpsLeadSees = Api.ok("olivia", "GET", hub + "/api/cutovers/" + id + "/stakeholders", null);
            List<String> kinds = new ArrayList<>();
            asTheOpsLeadSees.get(0).path("subscriptions").forEach(s -> kinds.add(s.path("eventKind").asText()));
            assertThat(kinds).doesNotContain("STAKEHOLDER_UPDATE").contains("GO_NO_GO_DECIDED");

            // every cutover of sam's, this one among them
            browser.go("/me/notifications");
            assertThat(browser.all("#notifications-" + id)).hasSize(1);
            assertThat(browser.find("#mine-" + id + "-STAKEHOLDER_UPDATE").isSelected()).isFalse();

            // the people page is not sam's: nothing offered
            browser.driver().get(Browser.CONSOLE + "/cutovers/" + id + "/people");
            assertThat(browser.all("#form-add-person")).isEmpty();
            assertThat(browser.all("#form-update")).isEmpty();
            assertThat(browser.severeLogs(403, 422)).isEmpty();
        }
    }

    private static List<String> heard(String mine) {
        List<String> heard = new ArrayList<>();
        Api.ok("sam", "GET", mine, null).get(0).path("kinds").forEach(k -> {
            if (k.path("heard").asBoolean()) {
                heard.add(k.path("kind").asText());
            }
        });
        return heard;
    }
}
