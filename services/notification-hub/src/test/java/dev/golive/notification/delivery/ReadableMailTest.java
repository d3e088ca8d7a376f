package dev.golive.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.notification.intake.EventConsumers;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.notification.support.Events;
import dev.golive.notification.support.SmtpServer;
import dev.golive.notification.support.WebhookReceiver;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a person receives reads well in their tool: a mail in two parts (plain text and HTML) with a
 * link to choose what they receive and a one-click unsubscribe that only a POST with a genuine token
 * uses; a Slack or Teams webhook in that tool's own rich format.
 */
@QuarkusTest
class ReadableMailTest {

    private static final Duration WAIT = CatalogEvents.WAIT;
    private final ObjectMapper json = new ObjectMapper();
    private final WebhookReceiver receiver = WebhookReceiver.shared();

    /** Someone who hears of the window (scheduled, moved) by e-mail, or on their webhooks when they have no address. */
    private static Map<String, Object> subscribedToWindows(String username, String email, Map<String, String> hooks) {
        Map<String, Object> body = Api.stakeholder(username, "BUSINESS_STAKEHOLDER", "America/New_York", "en", email, hooks);
        String channel = email != null ? "EMAIL" : "WEBHOOK";
        body.put("subscriptions", List.of(
                Map.of("eventKind", "WINDOW_SCHEDULED", "minimumSeverity", "INFO", "channel", channel),
                Map.of("eventKind", "WINDOW_MOVED", "minimumSeverity", "INFO", "channel", channel),
                Map.of("eventKind", "WINDOW_SCHEDULED", "minimumSeverity", "INFO", "channel", "FEED")));
        return body;
    }

    @Test
    void a_mail_has_a_text_and_an_html_part_a_manage_link_and_a_one_click_unsubscribe() throws Exception {
        String cutover = UUID.randomUUID().toString();
        String tag = cutover.substring(0, 8);
        Api.announce(cutover, "Acme <Go-live> & co " + tag);
        String email = "sam.mail." + tag + "@example.com";
        Api.create(cutover, subscribedToWindows("sam", email, Map.of()));

        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutover, 1, Events.inDays(10)));
        await().atMost(WAIT).until(() -> SmtpServer.messagesTo(email).size() == 1);
        MimeMessage mail = SmtpServer.messagesTo(email).get(0);

        Map<String, String> parts = parts(mail);
        assertThat(parts).containsKeys("text/plain", "text/html");
        String manage = "http://127.0.0.1:8080/me/notifications?cutover=" + cutover;
        assertThat(parts.get("text/plain")).contains("Acme <Go-live> & co " + tag).contains("go-live weekend")
                .contains(manage).doesNotContain("<p>");
        // The HTML says the same, escaped, with the links clickable and nothing fetched from elsewhere.
        assertThat(parts.get("text/html")).contains("Acme &lt;Go-live&gt; &amp; co " + tag)
                .doesNotContain("Acme <Go-live>")
                .contains("<a href=\"" + manage.replace("&", "&amp;") + "\"")
                .doesNotContain("<img").doesNotContain("<link").doesNotContain("<script");

        String listUnsubscribe = mail.getHeader(EmailChannel.LIST_UNSUBSCRIBE, null);
        assertThat(listUnsubscribe).startsWith("<http").endsWith(">").contains("/api/unsubscribe?token=");
        assertThat(mail.getHeader(EmailChannel.LIST_UNSUBSCRIBE_POST, null)).isEqualTo("List-Unsubscribe=One-Click");
        String token = URLDecoder.decode(listUnsubscribe.substring(listUnsubscribe.indexOf("token=") + 6,
                listUnsubscribe.length() - 1), StandardCharsets.UTF_8);
        assertThat(token).doesNotContain(email);
    }

    @Test
    void only_a_post_with_a_genuine_token_unsubscribes_and_then_nothing_more_is_sent() throws Exception {
        String cutover = UUID.randomUUID().toString();
        String tag = cutover.substring(0, 8);
        Api.announce(cutover, "Acme go-live " + tag);
        String email = "sam.unsub." + tag + "@example.com";
        String id = Api.create(cutover, subscribedToWindows("sam", email, Map.of())).getString("id");
        String olivia = "olivia.unsub." + tag + "@example.com";
        Api.create(cutover, subscribedToWindows("olivia", olivia, Map.of()));
        Instant downtime = Events.inDays(10);
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutover, 1, downtime));
        await().atMost(WAIT).until(() -> SmtpServer.messagesTo(email).size() == 1);
        String header = SmtpServer.messagesTo(email).get(0).getHeader(EmailChannel.LIST_UNSUBSCRIBE, null);
        URI link = URI.create(header.substring(1, header.length() - 1));
        String token = URLDecoder.decode(link.getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
        String path = link.getPath();

        // A scanner opening the link: a page with a button, nothing changes.
        String page = RestAssured.given().queryParam("token", token).get(path).then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(page).contains("Sam").contains("Acme go-live " + tag).contains("method=\"post\"").contains("id=\"unsubscribe\"");
        assertThat(subscriptions(cutover, id)).hasSize(3);

        // A tampered token: a problem naming the token, nothing changes.
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        for (String bad : List.of(tampered, "v1." + token, "")) {
            RestAssured.given().queryParam("token", bad).contentType("application/x-www-form-urlencoded")
                    .formParam("List-Unsubscribe", "One-Click").post(path).then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("token"));
        }
        RestAssured.given().queryParam("token", tampered).get(path).then().statusCode(422)
                .contentType("application/problem+json");
        assertThat(subscriptions(cutover, id)).hasSize(3);

        // The mail client's one click (RFC 8058): a POST of List-Unsubscribe=One-Click to the link.
        RestAssured.given().queryParam("token", token).contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click").post(path).then().statusCode(200)
                .contentType("text/html");
        assertThat(subscriptions(cutover, id)).isEmpty();

        // The next notice of that cutover reaches olivia and not sam.
        String moved = CatalogEvents.publish(Api.bootstrap(), Events.rescheduled(cutover, 2, downtime.plus(Duration.ofDays(7)),
                downtime));
        await().atMost(WAIT).until(() -> Db.processed(EventConsumers.CUTOVER, moved) == 1);
        await().atMost(WAIT).until(() -> SmtpServer.messagesTo(olivia).size() == 2);
        assertThat(SmtpServer.messagesTo(email)).hasSize(1);
        assertThat(Db.deliveries(cutover)).filteredOn(d -> d.recipient.equals("sam"))
                .extracting(d -> d.noticeKind.name()).containsOnly("WINDOW_SCHEDULED");
    }

    @Test
    void slack_and_teams_targets_receive_their_own_rich_format_with_a_plain_fallback() throws Exception {
        String cutover = UUID.randomUUID().toString();
        String tag = cutover.substring(0, 8);
        Api.announce(cutover, "Acme go-live " + tag);
        String slack = "slack-" + tag;
        String teams = "teams-" + tag;
        Map<String, String> hooks = new HashMap<>();
        hooks.put(receiver.url(slack), "SLACK_BLOCKS");
        hooks.put(receiver.url(teams), "TEAMS_CARD");
        Api.create(cutover, subscribedToWindows("sam", null, hooks));

        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutover, 1, Events.inDays(10)));
        await().atMost(WAIT).until(() -> receiver.at(slack).size() == 1 && receiver.at(teams).size() == 1);

        JsonNode s = json.readTree(receiver.at(slack).get(0).body());
        assertThat(s.get("text").asText()).startsWith("[Acme go-live " + tag + "] Go-live weekend scheduled");
        assertThat(s.get("blocks").get(0).get("type").asText()).isEqualTo("header");
        assertThat(s.get("blocks").get(0).get("text").get("text").asText()).contains("Go-live weekend scheduled");
        assertThat(s.get("blocks").get(1).get("type").asText()).isEqualTo("section");

        JsonNode t = json.readTree(receiver.at(teams).get(0).body());
        assertThat(t.get("type").asText()).isEqualTo("message");
        assertThat(t.get("summary").asText()).contains("Go-live weekend scheduled");
        assertThat(t.get("text").asText()).startsWith("[Acme go-live " + tag + "]");
        assertThat(t.get("attachments").get(0).get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(t.get("attachments").get(0).get("content").get("type").asText()).isEqualTo("AdaptiveCard");
    }

    @Test
    void the_new_chat_formats_are_accepted_and_an_unknown_one_is_a_problem_naming_the_field() {
        String cutover = Api.knownCutover();
        Api.create(cutover, Api.stakeholder("tess", "TESTER", "Europe/London", "en", null,
                Map.of("https://hooks.slack.example.com/1", "SLACK_BLOCKS", "https://teams.example.com/1", "TEAMS_CARD")));
        Api.as(DemoUsers.OPS_LEAD).body(Api.stakeholder("theo", "TESTER", "Europe/London", "en", null,
                        Map.of("https://hooks.slack.example.com/2", "SLACK")))
                .post(Api.stakeholders(cutover)).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("webhooks[0].format"));
    }

    private static List<Map<String, Object>> subscriptions(String cutover, String id) {
        return Api.as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover) + "/" + id).then().statusCode(200)
                .extract().jsonPath().getList("subscriptions");
    }

    /** Content type (without parameters) → text, for every leaf part of the mail. */
    private static Map<String, String> parts(MimeMessage mail) throws Exception {
        Map<String, String> out = new HashMap<>();
        collect(mail.getContent(), mail.getContentType(), out);
        return out;
    }

    private static void collect(Object content, String type, Map<String, String> out) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), out);
            }
            return;
        }
        out.put(type.split(";")[0].strip().toLowerCase(), String.valueOf(content));
    }
}
