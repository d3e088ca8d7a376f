package dev.golive.testing.input;

import dev.golive.testing.support.Api;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dev.golive.testing.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The request-body rules every service shares (golive-problems' StrictJson): a text with a control
 * character or over the longest text a field may have is a 422 naming the field, a key given twice or
 * JSON that cannot be parsed is a 400 — each a problem, never a 500, and nothing is written.
 */
@QuarkusTest
class RequestBodyRulesTest {

    private static Map<String, Object> scenario(String id, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("area", "SALES");
        body.put("criticality", "CRITICAL");
        body.put("estimatedMinutes", 20);
        return body;
    }

    @Test
    void a_nul_in_a_text_is_refused_naming_the_field_and_nothing_is_written() {
        String cutover = Api.knownCutover();
        as(DemoUsers.OPS_LEAD).body(scenario("quotation", "Quotation\u0000 to invoice"))
                .post(Api.scenarios(cutover))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("U+0000"));
        as(DemoUsers.OPS_LEAD).get(Api.scenarios(cutover) + "/quotation").then().statusCode(404);
    }

    @Test
    void a_text_longer_than_any_field_may_have_is_refused_naming_the_field() {
        String cutover = Api.knownCutover();
        as(DemoUsers.OPS_LEAD).body(scenario("quotation", "x".repeat(1_000_000)))
                .post(Api.scenarios(cutover))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("at most 10000 characters"));
        as(DemoUsers.OPS_LEAD).get(Api.scenarios(cutover) + "/quotation").then().statusCode(404);
    }

    @Test
    void a_key_given_twice_is_a_400_problem() {
        String cutover = Api.knownCutover();
        as(DemoUsers.OPS_LEAD).body("{\"id\":\"quotation\",\"title\":\"A\",\"title\":\"B\",\"area\":\"SALES\","
                        + "\"criticality\":\"CRITICAL\",\"estimatedMinutes\":20}")
                .post(Api.scenarios(cutover))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("title"));
        as(DemoUsers.OPS_LEAD).get(Api.scenarios(cutover) + "/quotation").then().statusCode(404);
    }

    @Test
    void json_that_cannot_be_parsed_is_a_400_problem() {
        String cutover = Api.knownCutover();
        as(DemoUsers.OPS_LEAD).body("{\"id\":\"quotation\",\"title\":")
                .post(Api.scenarios(cutover))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
