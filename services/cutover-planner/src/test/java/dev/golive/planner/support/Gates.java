package dev.golive.planner.support;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.planner.support.Api.as;
import org.awaitility.Awaitility;

/** Reads a cutover's gates through the API, waiting for the consumers to catch up. */
public final class Gates {

    public static JsonPath get(String cutoverId) {
        return as(OPS_LEAD).get("/api/cutovers/" + cutoverId + "/gates").then().statusCode(200).extract().jsonPath();
    }

    /** The gate as the API shows it: gate, state, since, reasons. */
    public static Map<String, Object> gate(String cutoverId, String gate) {
        return get(cutoverId).getMap("gates.find { it.gate == '" + gate + "' }");
    }

    /** Waits until {@code gate} is in {@code state}; returns its reasons. */
    @SuppressWarnings("unchecked")
    public static List<String> await(String cutoverId, String gate, String state) {
        Predicate<Map<String, Object>> inState = g -> state.equals(g.get("state"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> inState.test(gate(cutoverId, gate)));
        return (List<String>) gate(cutoverId, gate).get("reasons");
    }

    /** Waits until {@code gate} is in {@code state} with exactly {@code reasons}, in order. */
    public static void awaitReasons(String cutoverId, String gate, String state, String... reasons) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> g = gate(cutoverId, gate);
            return state.equals(g.get("state")) && List.of(reasons).equals(g.get("reasons"));
        });
    }

    public static void awaitRecommendation(String cutoverId, String recommendation) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> recommendation.equals(get(cutoverId).getString("recommendation")));
    }

    private Gates() {
    }
}
