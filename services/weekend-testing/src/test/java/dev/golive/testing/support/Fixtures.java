package dev.golive.testing.support;

import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KnownCutovers;

import io.restassured.path.json.JsonPath;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testing.support.Api.as;
import static org.awaitility.Awaitility.await;

/**
 * A cutover ready for the weekend, built the way people build it: a window from cutover-planner,
 * the default catalogue, and two testers who know every area — tess on Saturday 08:00–20:00 and theo
 * on Sunday 08:00–16:00 (London), at most 8 hours each.
 */
public final class Fixtures {

    public static final List<String> ALL_AREAS = List.of("SALES", "PURCHASE", "INVENTORY", "INVOICING",
            "MANUFACTURING", "REPORTING", "WEBSITE", "OTHER");
    private static final ZoneId LONDON = ZoneId.of(Cutovers.ZONE);

    /**
     * A new cutover id whose window (revision 1, {@code weekend}) the service has applied, the demo team
     * its members (as cutover-planner announces them), so the demo users reach it.
     */
    public static String withWindow(Cutovers.Weekend weekend) {
        String id = UUID.randomUUID().toString();
        CatalogEvents.publish(Api.bootstrap(), Cutovers.scheduled(id, 1, weekend));
        members(id, DemoUsers.team());
        await().atMost(CatalogEvents.WAIT).until(() -> Db.windowKnown(id, 1));
        return id;
    }

    /** Announces {@code members} as the whole set of the cutover's members and waits until the service has them. */
    public static void members(String cutoverId, List<CutoverMember> members) {
        CatalogEvents.publish(Api.bootstrap(), KnownCutovers.members(cutoverId, members));
        Set<String> expected = members.stream().map(m -> m.member() + ":" + m.role()).collect(Collectors.toSet());
        await("the members of " + cutoverId).atMost(CatalogEvents.WAIT)
                .until(() -> Set.copyOf(Db.members(cutoverId)).equals(expected));
    }

    public static void catalogue(String cutoverId) {
        as(OPS_LEAD).post(Api.scenarios(cutoverId) + "/catalogue").then().statusCode(200);
    }

    /** Adds tess and theo; returns their tester ids, tess first. */
    public static List<String> testers(String cutoverId, Cutovers.Weekend weekend) {
        LocalDate saturday = weekend.downtimeStart().atZone(LONDON).toLocalDate().plusDays(1);
        String tess = addTester(cutoverId, tester("Tess Tester", DemoUsers.TESTER, "Europe/London", ALL_AREAS,
                at(saturday, 8), at(saturday, 20), 8));
        String theo = addTester(cutoverId, tester("Theo Tester", DemoUsers.OTHER_TESTER, "Europe/Paris", ALL_AREAS,
                at(saturday.plusDays(1), 8), at(saturday.plusDays(1), 16), 8));
        return List.of(tess, theo);
    }

    public static String addTester(String cutoverId, Map<String, Object> body) {
        return as(OPS_LEAD).body(body).post(Api.testers(cutoverId)).then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> tester(String name, String username, String zone, List<String> areas,
                                             Instant from, Instant to, int maxHours) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("username", username);
        body.put("contact", username + "@golive.example");
        body.put("zone", zone);
        body.put("areas", areas);
        body.put("availability", List.of(Map.of("start", from.toString(), "end", to.toString())));
        body.put("maxHours", maxHours);
        return body;
    }

    /** A cutover with its window, the catalogue, tess and theo, and a published plan. */
    public static Planned planned() {
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(3);
        String id = withWindow(weekend);
        catalogue(id);
        List<String> testers = testers(id, weekend);
        as(OPS_LEAD).post(Api.assignments(id) + ":plan").then().statusCode(200);
        as(OPS_LEAD).post(Api.assignments(id) + ":publish").then().statusCode(200);
        return new Planned(id, weekend, testers.get(0), testers.get(1));
    }

    public record Planned(String cutoverId, Cutovers.Weekend weekend, String tessId, String theoId) {

        public JsonPath plan() {
            return as(OPS_LEAD).get(Api.assignments(cutoverId)).then().statusCode(200).extract().jsonPath();
        }

        /** The id of the assignment of {@code scenarioId}. */
        public String assignmentOf(String scenarioId) {
            return plan().getString("assignments.find { it.scenarioId == '" + scenarioId + "' }.id");
        }

        /** The username of the tester of {@code scenarioId}'s assignment. */
        public String testerOf(String scenarioId) {
            return plan().getString("assignments.find { it.scenarioId == '" + scenarioId + "' }.testerUsername");
        }

        /** Every assignment's scenario id. */
        public List<String> scenarioIds() {
            return plan().getList("assignments.scenarioId");
        }
    }

    public static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(LONDON).toInstant();
    }

    private Fixtures() {
    }
}
