package dev.golive.integration.docs;

import dev.golive.integration.checklist.ChecklistRequest;
import dev.golive.integration.integration.IntegrationRequest;
import dev.golive.integration.probe.ProbeRequest;
import dev.golive.integration.support.Api;
import dev.golive.testkit.TextLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.integration.support.Api.as;

/** The README's "Text limits" table is what the service enforces (see {@link TextLimits}). */
@QuarkusTest
class TextLimitsDocTest {

    private final AtomicInteger sequence = new AtomicInteger();

    @Test
    void the_readme_table_of_text_limits_is_what_the_service_enforces() {
        String cutover = Api.knownCutover();
        String carrier = Api.register(cutover, integration("Parcel carrier"));

        TextLimits.check(Path.of("README.md"), Map.of(
                // Names are unique per cutover: each registration brings a new one.
                "POST /integrations", new TextLimits.Endpoint(IntegrationRequest.class,
                        () -> integration("Carrier " + sequence.incrementAndGet()),
                        body -> answer(as(OPS_LEAD).body(body).post(Api.integrations(cutover)))),
                "PUT /integrations/{id}", new TextLimits.Endpoint(IntegrationRequest.class,
                        () -> integration("Parcel carrier"),
                        body -> answer(as(OPS_LEAD).body(body).put(Api.integration(cutover, carrier)))),
                "PUT /integrations/{id}/checklist/{item}", new TextLimits.Endpoint(ChecklistRequest.class,
                        () -> new HashMap<>(Map.of("status", "PASSED", "evidence", "rotated the key, label printed")),
                        body -> answer(as(OPS_LEAD).body(body).put(Api.checklist(cutover, carrier) + "/CREDENTIALS"))),
                "POST /integrations/{id}/probes", new TextLimits.Endpoint(ProbeRequest.class,
                        () -> new HashMap<>(Map.of("target", "https://api.carrier.example/health")),
                        body -> answer(as(OPS_LEAD).body(body).post(Api.probes(cutover, carrier))))));
    }

    private static Map<String, Object> integration(String name) {
        return Api.integrationBody(name, "HIGH", true, List.of("sale.order:partner_id"));
    }

    /** The fields a 422 named, an element of a list written as the table writes it ({@code endpoints[]}). */
    private static TextLimits.Answer answer(Response response) {
        List<String> fields = response.statusCode() == 422 ? response.jsonPath().getList("errors.field", String.class)
                : List.of();
        return new TextLimits.Answer(response.statusCode(), fields == null ? List.of()
                : fields.stream().map(f -> f.replaceAll("\\[\\d+]", "[]")).toList());
    }
}
