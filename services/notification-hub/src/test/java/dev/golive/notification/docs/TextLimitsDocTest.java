package dev.golive.notification.docs;

import dev.golive.notification.notify.UpdateResource;
import dev.golive.notification.stakeholder.StakeholderPatch;
import dev.golive.notification.stakeholder.StakeholderRequest;
import dev.golive.notification.support.Api;
import dev.golive.testkit.TextLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static dev.golive.notification.support.Api.as;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;

/** The README's "Text limits" table is what the service enforces (see {@link TextLimits}). */
@QuarkusTest
class TextLimitsDocTest {

    private final AtomicInteger sequence = new AtomicInteger();

    @Test
    void the_readme_table_of_text_limits_is_what_the_service_enforces() {
        // Usernames are unique per cutover, and each endpoint sends the same longest one: one cutover for
        // the people created, one for the person replaced, one for the person patched.
        String created = Api.knownCutover();
        String replaced = Api.knownCutover();
        String patched = Api.knownCutover();
        String replacedPerson = Api.create(replaced, person("doc-person")).getString("id");
        String patchedPerson = Api.create(patched, person("doc-person")).getString("id");
        String replacedPath = Api.stakeholders(replaced) + "/" + replacedPerson;

        TextLimits.check(Path.of("README.md"), Map.of(
                "POST /stakeholders", new TextLimits.Endpoint(StakeholderRequest.class,
                        () -> person("doc-" + sequence.incrementAndGet()),
                        body -> answer(as(OPS_LEAD).body(body).post(Api.stakeholders(created)))),
                // PUT takes the person's fields only: the lists are sent when they carry the text under test.
                "PUT /stakeholders/{id}", new TextLimits.Endpoint(StakeholderRequest.class,
                        () -> person("doc-person"),
                        body -> answer(as(OPS_LEAD).body(personOnly(body)).put(replacedPath))),
                "PATCH /stakeholders/{id}", new TextLimits.Endpoint(StakeholderPatch.class,
                        () -> new HashMap<>(Map.of("name", "Dora Doc")),
                        body -> answer(as(OPS_LEAD).body(body).patch(Api.stakeholders(patched) + "/" + patchedPerson))),
                // The body is a list of subscriptions: the one under test, named without its position.
                "PUT /stakeholders/{id}/subscriptions", new TextLimits.Endpoint(StakeholderRequest.SubscriptionRequest.class,
                        TextLimitsDocTest::everything,
                        body -> answer(as(OPS_LEAD).body(List.of(body)).put(replacedPath + "/subscriptions"),
                                field -> field.replaceFirst("^(subscriptions)?\\[0]\\.", ""))),
                "POST /stakeholders/{id}/webhooks", new TextLimits.Endpoint(StakeholderRequest.WebhookRequest.class,
                        () -> new HashMap<>(Map.of("url", "https://chat.example.test/golive/" + sequence.incrementAndGet(),
                                "format", "CHAT_TEXT")),
                        body -> answer(as(OPS_LEAD).body(body).post(replacedPath + "/webhooks"))),
                "POST /updates", new TextLimits.Endpoint(UpdateResource.UpdateRequest.class,
                        () -> new HashMap<>(Map.of("text", "The upgrade is running; next update at noon.")),
                        body -> answer(as(OPS_LEAD).body(body).post("/api/cutovers/" + patched + "/updates")))));
    }

    private static Map<String, Object> person(String username) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Dora Doc", "username", username,
                "role", "BUSINESS_STAKEHOLDER", "zone", "Europe/London", "language", "en",
                "email", username + "@golive.example"));
        body.put("webhooks", new ArrayList<>(List.of(hook())));
        body.put("subscriptions", new ArrayList<>(List.of(everything())));
        return body;
    }

    private static Map<String, Object> hook() {
        return new HashMap<>(Map.of("url", "https://chat.example.test/golive", "format", "CHAT_TEXT"));
    }

    private static Map<String, Object> everything() {
        return new HashMap<>(Map.of("eventKind", "*", "minimumSeverity", "INFO", "channel", "EMAIL"));
    }

    /** The body without the lists a valid replacement leaves out, unless the text under test is in one. */
    private static Map<String, Object> personOnly(Map<String, Object> body) {
        Map<String, Object> person = new HashMap<>(body);
        if (List.of(hook()).equals(person.get("webhooks"))) {
            person.remove("webhooks");
        }
        if (List.of(everything()).equals(person.get("subscriptions"))) {
            person.remove("subscriptions");
        }
        return person;
    }

    /** The fields a 422 named, an element of a list written as the table writes it ({@code webhooks[].url}). */
    private static TextLimits.Answer answer(Response response) {
        return answer(response, Function.identity());
    }

    private static TextLimits.Answer answer(Response response, Function<String, String> naming) {
        List<String> fields = response.statusCode() == 422 ? response.jsonPath().getList("errors.field", String.class)
                : List.of();
        return new TextLimits.Answer(response.statusCode(), fields == null ? List.of()
                : fields.stream().map(naming).map(f -> f.replaceAll("\\[\\d+]", "[]")).toList());
    }
}
