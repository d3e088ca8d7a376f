package dev.golive.console.browser;

import dev.golive.console.support.Browser;
import dev.golive.console.support.ChromiumInstalled;
import dev.golive.console.support.KeycloakAdmin;
import dev.golive.testkit.KeycloakServer;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing out ends the Keycloak session, not only the console's; a session ended in Keycloak ends
 * the console's (back-channel logout). Each test signs in a user no other console test uses: ending
 * a user's sessions in Keycloak ends them all.
 */
@ExtendWith(ChromiumInstalled.class) // before Quarkus starts the platform
@QuarkusTest
class SignOutTest {

    private final KeycloakAdmin admin = KeycloakAdmin.of(KeycloakServer.shared());

    @Test
    void signing_out_in_the_console_ends_the_keycloak_session_so_the_next_page_asks_to_sign_in() {
        try (Browser browser = Browser.open()) {
            browser.signIn("ada", "/");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/calendar");
            List<String> before = admin.consoleSessionsOf("ada");
            assertThat(before).hasSize(1);

            browser.find("header a[href='/logout']").click();
            browser.until(d -> d.getCurrentUrl().startsWith(Browser.CONSOLE + "/signed-out"));
            assertThat(browser.text("h1")).isEqualTo("Signed out");
            assertThat(admin.consoleSessionsOf("ada")).as("Keycloak's SSO session ended too").doesNotContainAnyElementsOf(before);

            // with the SSO session alive, Keycloak would sign her in again at once; it asks instead
            browser.driver().get(Browser.CONSOLE + "/calendar");
            assertThat(browser.until(SignOutTest::onTheLoginPage)).isTrue();
        }
    }

    @Test
    void a_session_ended_in_keycloak_ends_the_console_session_through_the_back_channel() {
        // the realm file names the local console (port 8080); this one listens on the test port
        admin.pointConsoleBackChannelLogoutAt(Browser.CONSOLE + "/back-channel-logout");
        try (Browser browser = Browser.open()) {
            browser.signIn("tina", "/");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/me/scenarios");
            browser.go("/status");
            assertThat(browser.text("h1")).isNotBlank();

            // an administrator ends tina's sessions in Keycloak (or she signed out in another application)
            admin.endSessionsOf("tina");
            assertThat(admin.consoleSessionsOf("tina")).isEmpty();

            // her access token would still be good for minutes (300 s); the back-channel logout ends the session now
            Awaitility.await("the console asks tina to sign in again").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        browser.driver().get(Browser.CONSOLE + "/me/scenarios");
                        return onTheLoginPage(browser.driver());
                    });

            // a new sign-in is a new session, which the old logout does not touch
            browser.signIn("tina", "/me/scenarios");
            browser.awaitScript();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/me/scenarios");
            assertThat(browser.severeLogs()).isEmpty();
        }
    }

    private static boolean onTheLoginPage(WebDriver driver) {
        return driver.getCurrentUrl().contains("/protocol/openid-connect/auth") && !driver.findElements(By.id("username")).isEmpty();
    }
}
