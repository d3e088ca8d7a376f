package dev.golive.notification.stakeholder;

import dev.golive.notification.support.Api;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** The ops lead manages the people who hear about a cutover; nobody else may, and bad input is named field by field. */
@QuarkusTest
class StakeholderApiTest {

    @Test
    void a_webhook_secret_is_shown_once_at_creation_and_never_again() {
        String cutover = Api.knownCutover();
        JsonPath created = Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "America/New_York", "en",
                "sam@example.com", Map.of("https://chat.example.com/hooks/1", "CHAT_TEXT")));
        String id = created.getString("id");
        // 32 random bytes in standard base64 (Standard Webhooks): 43 characters and one "=" after the prefix
        assertThat(created.getString("webhooks[0].secret")).matches("whsec_[A-Za-z0-9+/]{43}=");

        Api.as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover) + "/" + id).then().statusCode(200)
                .body("webhooks[0]", not(hasKey("secret")))
                .body("webhooks[0].url", equalTo("https://chat.example.com/hooks/1"));
        String list = Api.as(DemoUsers.ADMIN).get(Api.stakeholders(cutover)).then().statusCode(200).extract().asString();
        assertThat(list).doesNotContain(created.getString("webhooks[0].secret")).contains("sam@example.com");

        String added = Api.as(DemoUsers.OPS_LEAD).body(Map.of("url", "https://hooks.example.com/golive", "format", "GOLIVE_JSON"))
                .post(Api.stakeholders(cutover) + "/" + id + "/webhooks").then().statusCode(201)
                .extract().jsonPath().getString("secret");
        assertThat(added).startsWith("whsec_").isNotEqualTo(created.getString("webhooks[0].secret"));
        assertThat(Api.as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover) + "/" + id).asString()).doesNotContain(added);
    }

    @Test
    void without_subscriptions_a_stakeholder_hears_what_their_role_hears_on_every_channel_they_have() {
        String cutover = Api.knownCutover();
        JsonPath created = Api.create(cutover, Api.stakeholder("oscar", "ON_CALL", "Europe/Paris", "fr",
                "oscar@example.com", Map.of()));
        assertThat(created.getList("subscriptions.channel", String.class)).containsOnly("EMAIL", "FEED");
        assertThat(created.getList("subscriptions.eventKind", String.class)).contains("INCIDENT_OPENED",
                "ROLLBACK_ASSESSMENT");

        String path = Api.stakeholders(cutover) + "/" + created.getString("id") + "/subscriptions";
        Api.as(DemoUsers.OPS_LEAD).body(List.of(Map.of("eventKind", "*", "minimumSeverity", "CRITICAL", "channel", "EMAIL")))
                .put(path).then().statusCode(200)
                .body("subscriptions.eventKind", containsInAnyOrder("*"))
                .body("subscriptions.minimumSeverity", containsInAnyOrder("CRITICAL"));
        Api.as(DemoUsers.OPS_LEAD).body(List.of()).put(path).then().statusCode(200)
                .body("subscriptions.eventKind", hasItem("INCIDENT_OPENED"));
    }

    @Test
    void invalid_input_is_a_problem_naming_every_field_and_nothing_is_stored() {
        String cutover = Api.knownCutover();
        Map<String, Object> body = Api.stakeholder("tess", "CHIEF", "Mars/Olympus", "tlh", "not-an-address",
                Map.of("ftp://files.example.com", "CHAT_TEXT"));
        body.put("subscriptions", List.of(Map.of("eventKind", "EVERYTHING", "minimumSeverity", "INFO", "channel", "FEED")));
        Api.as(DemoUsers.OPS_LEAD).body(body).post(Api.stakeholders(cutover)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("role", "zone", "language", "email", "webhooks[0].url",
                        "subscriptions[0].eventKind"));
        Api.as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover)).then().statusCode(200).body("size()", equalTo(0));

        Api.as(DemoUsers.OPS_LEAD).body("{\"name\": \"Tess\", \"nickname\": \"T\"}").post(Api.stakeholders(cutover))
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void put_patch_and_delete_change_the_person_and_the_username_stays_unique() {
        String cutover = Api.knownCutover();
        String tess = Api.create(cutover, Api.stakeholder("tess", "TESTER", "Europe/London", "en", null, Map.of()))
                .getString("id");
        Api.create(cutover, Api.stakeholder("theo", "TESTER", "Europe/London", "en", null, Map.of()));
        String one = Api.stakeholders(cutover) + "/" + tess;

        Api.as(DemoUsers.OPS_LEAD).body(Map.of("zone", "Asia/Tokyo", "email", "tess@example.com"))
                .contentType("application/merge-patch+json").patch(one).then().statusCode(200)
                .body("zone", equalTo("Asia/Tokyo")).body("email", equalTo("tess@example.com"))
                .body("name", equalTo("Tess"));
        Api.as(DemoUsers.OPS_LEAD).body(Map.of("name", "Tess T.", "username", "theo", "role", "TESTER", "zone", "Asia/Tokyo"))
                .put(one).then().statusCode(422).body("errors.field", containsInAnyOrder("username"));
        Api.as(DemoUsers.OPS_LEAD).body(Map.of("name", "Tess T.", "username", "tess", "role", "OPS_LEAD", "zone", "Asia/Tokyo"))
                .put(one).then().statusCode(200).body("role", equalTo("OPS_LEAD")).body("email", equalTo(null));

        Api.as(DemoUsers.OPS_LEAD).delete(one).then().statusCode(204);
        Api.as(DemoUsers.OPS_LEAD).get(one).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void only_the_ops_lead_manages_stakeholders_and_a_token_is_required() {
        String cutover = Api.knownCutover();
        Map<String, Object> body = Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en", null, Map.of());
        Api.as(DemoUsers.STAKEHOLDER).body(body).post(Api.stakeholders(cutover)).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(DemoUsers.ON_CALL).body(body).post(Api.stakeholders(cutover)).then().statusCode(403);
        // Contact details are read by those who run the cutover and reach its people (issue 17).
        Api.as(DemoUsers.ON_CALL).get(Api.stakeholders(cutover)).then().statusCode(200).body("size()", equalTo(0));
        Api.as(DemoUsers.TESTER).get(Api.stakeholders(cutover)).then().statusCode(403);
        Api.as(DemoUsers.STAKEHOLDER).get(Api.stakeholders(cutover)).then().statusCode(403);
        Api.anonymous().body(body).post(Api.stakeholders(cutover)).then().statusCode(401)
                .contentType("application/problem+json");
        Api.anonymous().get("/api/me/feed").then().statusCode(401);
        Api.as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover)).then().statusCode(200).body("size()", equalTo(0));
        // Nobody but an admin takes part in a cutover that does not exist.
        String unknown = UUID.randomUUID().toString();
        Api.as(DemoUsers.OPS_LEAD).get(Api.stakeholders(unknown)).then().statusCode(403)
                .body("type", equalTo("https://golive.dev/problems/not-a-member"));
        Api.as(DemoUsers.ADMIN).get(Api.stakeholders(unknown)).then().statusCode(200).body("size()", equalTo(0));
    }
}
