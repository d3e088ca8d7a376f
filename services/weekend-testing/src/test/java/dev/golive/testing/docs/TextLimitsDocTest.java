package dev.golive.testing.docs;

import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.plan.OverrideRequest;
import dev.golive.testing.result.ResultRequest;
import dev.golive.testing.roster.RosterRequest;
import dev.golive.testing.scenario.ScenarioRequest;
import dev.golive.testing.staging.StagingRoundRequest;
import dev.golive.testing.training.TrainingSendRequest;
import dev.golive.testkit.DemoUsers;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Fixtures;
import dev.golive.testing.tester.TesterRequest;
import dev.golive.testkit.TextLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testing.support.Api.as;

/** The README's "Text limits" table is what the service enforces (see {@link TextLimits}). */
@QuarkusTest
class TextLimitsDocTest {

    private final AtomicInteger sequence = new AtomicInteger();

    @Test
    void the_readme_table_of_text_limits_is_what_the_service_enforces() {
        Fixtures.Planned planned = Fixtures.planned();
        String cutover = planned.cutoverId();
        String assignment = planned.assignmentOf(ScenarioCatalogue.INVOICE);
        String assignmentTester = planned.plan()
                .getString("assignments.find { it.scenarioId == '" + ScenarioCatalogue.INVOICE + "' }.testerId");
        as(OPS_LEAD).body(scenario("doc-scenario")).post(Api.scenarios(cutover)).then().statusCode(201);
        String tester = Fixtures.addTester(cutover, tester("doc-tester"));

        TextLimits.check(Path.of("README.md"), Map.of(
                // Scenario ids and usernames are unique per cutover: each try brings a new one.
                "POST /scenarios", new TextLimits.Endpoint(ScenarioRequest.class,
                        () -> scenario("doc-" + sequence.incrementAndGet()),
                        body -> answer(as(OPS_LEAD).body(body).post(Api.scenarios(cutover)))),
                "PUT /scenarios/{id}", new TextLimits.Endpoint(ScenarioRequest.class,
                        () -> scenario("doc-scenario"),
                        body -> answer(as(OPS_LEAD).body(body).put(Api.scenarios(cutover) + "/doc-scenario"))),
                "POST /testers", new TextLimits.Endpoint(TesterRequest.class,
                        () -> tester("doc-" + sequence.incrementAndGet()),
                        body -> answer(as(OPS_LEAD).body(body).post(Api.testers(cutover)))),
                "PUT /testers/{id}", new TextLimits.Endpoint(TesterRequest.class,
                        () -> tester("doc-tester"),
                        body -> answer(as(OPS_LEAD).body(body).put(Api.testers(cutover) + "/" + tester))),
                "PUT /roster", new TextLimits.Endpoint(RosterRequest.class,
                        () -> roster(planned.weekend()),
                        body -> answer(as(OPS_LEAD).body(body).put(Api.roster(cutover)))),
                // The same tester again: a valid move that changes nothing.
                "PUT /assignments/{id}", new TextLimits.Endpoint(OverrideRequest.class,
                        () -> new HashMap<>(Map.of("testerId", assignmentTester, "reason", "tess knows invoicing best")),
                        body -> answer(as(OPS_LEAD).body(body).put(Api.assignments(cutover) + "/" + assignment))),
                "POST /assignments/{id}/results", new TextLimits.Endpoint(ResultRequest.class,
                        () -> new HashMap<>(Map.of("outcome", "PASSED", "notes", "posted and printed",
                                "changes", new ArrayList<>(List.of(new HashMap<>(Map.of("kind", "MOVED_MENU",
                                        "description", "Invoices moved under Accounting > Customers")))))),
                        body -> answer(as(OPS_LEAD).body(body)
                                .post(Api.assignments(cutover) + "/" + assignment + "/results"))),
                // No rehearsal: a valid round is refused with 409, after the fields were checked.
                "POST /staging-rounds", new TextLimits.Endpoint(StagingRoundRequest.class,
                        () -> new HashMap<>(Map.of("rehearsalId", "r-1",
                                "from", planned.weekend().downtimeStart().minus(Duration.ofDays(7)).toString(),
                                "to", planned.weekend().downtimeStart().minus(Duration.ofDays(5)).toString())),
                        body -> answer(as(OPS_LEAD).body(body).post(Api.base(cutover) + "/staging-rounds"))),
                "POST /training/{area}:send", new TextLimits.Endpoint(TrainingSendRequest.class,
                        () -> new HashMap<>(Map.of("recipients", new ArrayList<>(List.of(DemoUsers.TESTER)))),
                        body -> answer(as(OPS_LEAD).body(body).post(Api.base(cutover) + "/training/INVOICING:send")))));
    }

    private static Map<String, Object> scenario(String id) {
        return new HashMap<>(Map.of("id", id, "title", "Post a customer invoice", "area", "INVOICING",
                "criticality", "NORMAL", "estimatedMinutes", 30));
    }

    private static Map<String, Object> tester(String username) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Dora Doc", "username", username,
                "contact", username + "@golive.example", "zone", "Europe/London", "maxHours", 8));
        body.put("areas", new ArrayList<>(List.of("SALES")));
        body.put("availability", new ArrayList<>());
        return body;
    }

    private static Map<String, Object> roster(dev.golive.testing.support.Cutovers.Weekend weekend) {
        Map<String, Object> shift = new HashMap<>(Map.of("id", "p1", "person", "Nina Oncall", "role", "PRIMARY",
                "start", weekend.downtimeStart().toString(), "end", weekend.systemBack().toString()));
        return new HashMap<>(Map.of("shifts", new ArrayList<>(List.of(shift))));
    }

    /** The fields a 422 named, an element of a list written as the table writes it ({@code shifts[].id}). */
    private static TextLimits.Answer answer(Response response) {
        List<String> fields = response.statusCode() == 422 ? response.jsonPath().getList("errors.field", String.class)
                : List.of();
        return new TextLimits.Answer(response.statusCode(), fields == null ? List.of()
                : fields.stream().map(f -> f.replaceAll("\\[\\d+]", "[]")).toList());
    }
}
