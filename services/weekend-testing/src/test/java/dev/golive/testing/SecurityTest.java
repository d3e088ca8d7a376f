package dev.golive.testing;

import dev.golive.testing.domain.ScenarioCatalogue;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Db;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KnownCutovers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static dev.golive.testkit.DemoUsers.TESTER;
import static dev.golive.testing.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Every endpoint declares who may call it; bad input is refused naming the fields, and changes nothing. */
@QuarkusTest
class SecurityTest {

    private static Map<String, Object> scenario(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("title", "Run the month-end closing");
        body.put("area", "INVOICING");
        body.put("criticality", "CRITICAL");
        body.put("estimatedMinutes", 60);
        return body;
    }

    @Test
    void without_a_token_it_is_401_problem_details() {
        String id = UUID.randomUUID().toString();
        Api.anonymous().get(Api.scenarios(id)).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"golive\""));
        Api.anonymous().body(scenario("x")).post(Api.scenarios(id)).then().statusCode(401);
        Api.anonymous().get(Api.testers(id)).then().statusCode(401);
        Api.anonymous().get(Api.assignments(id)).then().statusCode(401);
        Api.anonymous().post(Api.assignments(id) + ":plan").then().statusCode(401);
        Api.anonymous().get(Api.roster(id)).then().statusCode(401);
        Api.anonymous().get(Api.base(id) + "/coverage").then().statusCode(401);
        Api.anonymous().body(Map.of("outcome", "PASSED"))
                .post(Api.assignments(id) + "/" + UUID.randomUUID() + "/results").then().statusCode(401);
    }

    @Test
    void a_stakeholder_or_a_tester_cannot_manage_scenarios_testers_or_the_plan_and_only_testers_and_on_call_read_scenarios() {
        String id = Api.knownCutover();
        for (String reader : new String[] {STAKEHOLDER, TESTER, DemoUsers.ON_CALL}) {
            as(reader).body(scenario("month-end")).post(Api.scenarios(id)).then().statusCode(403)
                    .contentType("application/problem+json");
            as(reader).post(Api.scenarios(id) + "/catalogue").then().statusCode(403);
            as(reader).body(scenario("month-end")).put(Api.scenarios(id) + "/month-end").then().statusCode(403);
            as(reader).delete(Api.scenarios(id) + "/month-end").then().statusCode(403);
            as(reader).body(Map.of("name", "x")).post(Api.testers(id)).then().statusCode(403);
            as(reader).post(Api.assignments(id) + ":plan").then().statusCode(403);
            as(reader).post(Api.assignments(id) + ":publish").then().statusCode(403);
            if (reader.equals(STAKEHOLDER)) {
                // The stakeholder reads the coverage, not the scenarios behind it.
                as(reader).get(Api.scenarios(id)).then().statusCode(403).contentType("application/problem+json");
            } else {
                as(reader).get(Api.scenarios(id)).then().statusCode(200).body("$", hasSize(0));
            }
        }
        as(OPS_LEAD).body(scenario("month-end")).post(Api.scenarios(id)).then().statusCode(201)
                .header("Location", endsWith(Api.scenarios(id) + "/month-end"));
        as(TESTER).get(Api.scenarios(id) + "/month-end").then().statusCode(200)
                .body("critical", equalTo(true)).body("updatedBy", equalTo(OPS_LEAD));
        as(STAKEHOLDER).get(Api.scenarios(id) + "/month-end").then().statusCode(403);
    }

    @Test
    void a_write_for_a_cutover_cutover_planner_never_announced_is_refused_and_writes_nothing() {
        String unknown = UUID.randomUUID().toString();
        String notAMember = "https://golive.dev/problems/not-a-member";
        Map<String, Object> tester = Fixtures.tester("Tess Tester", TESTER, "Europe/London", List.of("SALES"),
                Instant.parse("2026-12-12T09:00:00Z"), Instant.parse("2026-12-12T17:00:00Z"), 8);
        // Nobody takes part in a cutover that was never announced (its members come with the announcement):
        // every write is a 403 not-a-member before anything is looked up or written. Admins reach every
        // cutover but write nothing here, so the unknown-cutover 404 behind it is not reached in this service.
        as(OPS_LEAD).body(scenario("month-end")).post(Api.scenarios(unknown)).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(notAMember))
                .body("detail", startsWith("you take no part in cutover " + unknown));
        as(OPS_LEAD).post(Api.scenarios(unknown) + "/catalogue").then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).body(scenario("month-end")).put(Api.scenarios(unknown) + "/month-end").then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).delete(Api.scenarios(unknown) + "/month-end").then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).body(tester).post(Api.testers(unknown)).then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).body(tester).put(Api.testers(unknown) + "/" + UUID.randomUUID()).then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).delete(Api.testers(unknown) + "/" + UUID.randomUUID()).then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).post(Api.assignments(unknown) + ":plan").then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).post(Api.assignments(unknown) + ":publish").then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).body(Map.of("testerId", UUID.randomUUID().toString()))
                .put(Api.assignments(unknown) + "/" + UUID.randomUUID()).then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(OPS_LEAD).body(Map.of("shifts", List.of())).put(Api.roster(unknown)).then().statusCode(403)
                .body("type", equalTo(notAMember));
        as(TESTER).body(Map.of("outcome", "PASSED")).post(Api.assignments(unknown) + "/" + UUID.randomUUID() + "/results")
                .then().statusCode(403).body("type", equalTo(notAMember));
        as(OPS_LEAD).body(scenario("month-end")).post(Api.scenarios("00000000-0000-0000-0000-000000000000"))
                .then().statusCode(403).body("type", equalTo(notAMember));
        // An id that is not a UUID names no cutover at all: still the unknown-cutover 404.
        as(OPS_LEAD).body(scenario("month-end")).post(Api.scenarios("not-a-cutover")).then().statusCode(404)
                .body("type", equalTo("https://golive.dev/problems/unknown-cutover"));
        // The role check comes first: someone who may not write learns nothing about which cutovers exist.
        as(STAKEHOLDER).body(scenario("month-end")).post(Api.scenarios(unknown)).then().statusCode(403)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.not(equalTo(notAMember)));
        as(TESTER).post(Api.assignments(unknown) + ":plan").then().statusCode(403);
        as(DemoUsers.ON_CALL).body(Map.of("shifts", List.of())).put(Api.roster(unknown)).then().statusCode(403);
        // Nothing was written: no projection row, no scenario, tester, plan, roster or result.
        assertThat(Db.projection(unknown)).isEmpty();
        assertThat(Db.results(unknown)).isZero();
        as(OPS_LEAD).get(Api.scenarios(unknown)).then().statusCode(403).body("type", equalTo(notAMember));
        as(DemoUsers.ADMIN).get(Api.scenarios(unknown)).then().statusCode(200).body("$", hasSize(0));
        as(DemoUsers.ADMIN).get(Api.testers(unknown)).then().statusCode(200).body("$", hasSize(0));
        as(DemoUsers.ADMIN).get(Api.assignments(unknown)).then().statusCode(200).body("status", equalTo("NONE"));
        as(DemoUsers.ADMIN).get(Api.roster(unknown)).then().statusCode(404);

        // Once cutover-planner announces it with the demo team as members, the same write is accepted.
        KnownCutovers.announce(Api.bootstrap(), unknown, id -> Db.projection(id).isPresent());
        as(OPS_LEAD).body(scenario("month-end")).post(Api.scenarios(unknown)).then().statusCode(201);
        as(TESTER).get(Api.scenarios(unknown)).then().statusCode(200).body("id", contains("month-end"));
    }

    @Test
    void invalid_scenarios_and_testers_are_refused_naming_every_field_and_nothing_is_stored() {
        String id = Api.knownCutover();
        Map<String, Object> bad = new HashMap<>();
        bad.put("id", " ");
        bad.put("title", "");
        bad.put("area", "ACCOUNTING");
        bad.put("estimatedMinutes", 2);
        as(OPS_LEAD).body(bad).post(Api.scenarios(id)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("id", "title", "area", "criticality", "estimatedMinutes"));

        Map<String, Object> orphan = scenario("delivery");
        orphan.put("dependsOn", "no-such-scenario");
        as(OPS_LEAD).body(orphan).post(Api.scenarios(id)).then().statusCode(422)
                .body("errors.field", contains("dependsOn"));

        Map<String, Object> typo = scenario("typo");
        typo.put("critcality", "NORMAL");
        as(OPS_LEAD).body(typo).post(Api.scenarios(id)).then().statusCode(400)
                .body("errors.field", contains("critcality"));
        as(OPS_LEAD).get(Api.scenarios(id)).then().statusCode(200).body("$", hasSize(0));

        Map<String, Object> tester = new HashMap<>();
        tester.put("name", "Tess Tester");
        tester.put("username", "tess tester");
        tester.put("zone", "+02:00");
        tester.put("areas", List.of("SALES", "GARDENING"));
        tester.put("availability", List.of(Map.of("start", "2026-12-12T10:00:00Z", "end", "2026-12-12T09:00:00Z")));
        tester.put("maxHours", 0);
        as(OPS_LEAD).body(tester).post(Api.testers(id)).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("username", "contact", "zone", "areas[1]",
                        "availability[0].end", "maxHours"));
        as(OPS_LEAD).get(Api.testers(id)).then().statusCode(200).body("$", hasSize(0));

        // A username is one tester's per cutover.
        Fixtures.addTester(id, Fixtures.tester("Tess Tester", TESTER, "Europe/London", List.of("SALES"),
                Instant.parse("2026-12-12T09:00:00Z"), Instant.parse("2026-12-12T17:00:00Z"), 8));
        as(OPS_LEAD).body(Fixtures.tester("Tess Again", "TESS", "Europe/London", List.of("SALES"),
                        Instant.parse("2026-12-12T09:00:00Z"), Instant.parse("2026-12-12T17:00:00Z"), 8))
                .post(Api.testers(id)).then().statusCode(409).body("reasons", contains("USERNAME_TAKEN"));
    }

    @Test
    void a_result_needs_an_outcome_and_notes_when_it_did_not_pass() {
        Fixtures.Planned planned = Fixtures.planned();
        String id = planned.cutoverId();
        String assignment = planned.assignmentOf(ScenarioCatalogue.QUOTATION);
        String path = Api.assignments(id) + "/" + assignment + "/results";
        as(OPS_LEAD).body(Map.of("notes", "?")).post(path).then().statusCode(422).body("errors.field", contains("outcome"));
        as(OPS_LEAD).body(Map.of("outcome", "MAYBE")).post(path).then().statusCode(422)
                .body("errors.field", contains("outcome"));
        as(OPS_LEAD).body(Map.of("outcome", "FAILED")).post(path).then().statusCode(422)
                .body("errors.field", contains("notes"));
        as(OPS_LEAD).get(path).then().statusCode(200).body("$", hasSize(0));
        as(OPS_LEAD).body(Map.of("outcome", "PASSED")).post(Api.assignments(id) + "/" + UUID.randomUUID() + "/results")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
