package dev.golive.rollback.docs;

import dev.golive.rollback.decision.DecisionRequest;
import dev.golive.rollback.incident.IncidentPatch;
import dev.golive.rollback.incident.IncidentRequest;
import dev.golive.rollback.incident.IncidentResource;
import dev.golive.rollback.support.Api;
import dev.golive.rollback.support.Cutovers;
import dev.golive.rollback.support.Db;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.TextLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.rollback.support.Api.as;
import static org.awaitility.Awaitility.await;

/** The README's "Text limits" table is what the service enforces (see {@link TextLimits}). */
@QuarkusTest
class TextLimitsDocTest {

    @Test
    void the_readme_table_of_text_limits_is_what_the_service_enforces() {
        String cutover = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(cutover, 1, Cutovers.inDays(4)));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(cutover, 1));
        Api.teamTakesPart(cutover);
        String incidents = Api.incidents(cutover);
        String open = report(incidents);

        TextLimits.check(Path.of("README.md"), Map.of(
                "POST /incidents", new TextLimits.Endpoint(IncidentRequest.class,
                        () -> Api.incident("Invoices post to the wrong journal", "HIGH", true),
                        body -> answer(as(ON_CALL).body(body).post(incidents))),
                "PATCH /incidents/{incidentId}", new TextLimits.Endpoint(IncidentPatch.class,
                        () -> new HashMap<>(Map.of("title", "Invoices still post to the wrong journal")),
                        body -> answer(as(ON_CALL).body(body).patch(incidents + "/" + open))),
                // Resolving is once per incident: each try resolves a new one.
                "POST /incidents/{incidentId}/resolve", new TextLimits.Endpoint(IncidentResource.ResolveRequest.class,
                        () -> new HashMap<>(Map.of("resolution", "patched the journal mapping")),
                        body -> answer(as(ON_CALL).body(body).post(incidents + "/" + report(incidents) + "/resolve"))),
                "POST /rollback-decisions", new TextLimits.Endpoint(DecisionRequest.class,
                        () -> new HashMap<>(Map.of("decision", "PROCEED", "rationale", "the fix is deployed and verified")),
                        body -> answer(as(OPS_LEAD).body(body).post(Api.decisions(cutover))))));
    }

    private static String report(String incidents) {
        return as(ON_CALL).body(Api.incident("Stock is counted twice", "LOW", true)).post(incidents).then()
                .statusCode(201).extract().path("id");
    }

    private static TextLimits.Answer answer(Response response) {
        List<String> fields = response.statusCode() == 422 ? response.jsonPath().getList("errors.field", String.class)
                : List.of();
        return new TextLimits.Answer(response.statusCode(), fields == null ? List.of() : fields);
    }
}
