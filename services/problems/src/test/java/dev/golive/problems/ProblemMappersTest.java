package dev.golive.problems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** What a client of any Golive service gets back when a request fails (the test application's OrdersResource). */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void invalid_fields_are_one_422_problem_naming_each_field() {
        json().get("/orders/invalid").then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/invalid-request"))
                .body("title", equalTo("The request has invalid fields"))
                .body("status", equalTo(422))
                .body("detail", equalTo("2 fields are invalid"))
                .body("instance", equalTo("/orders/invalid"))
                .body("errors.field", contains("name", "items[2].quantity"))
                .body("errors.message", contains("is required", "must be at least 1"))
                .body("reasons", nullValue());
    }

    @Test
    void violations_are_collected_and_the_request_refused_once_with_every_field() {
        json().body("{}").post("/orders").then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                // quantity is reported as missing, not also by the rule it then breaks
                .body("errors", hasSize(3))
                .body("errors.field", contains("name", "quantity", "priority"))
                .body("errors.message", contains("is required", "is required", "is required"));

        json().body("{\"name\":\" tyres \",\"quantity\":0,\"priority\":\"urgent\"}").post("/orders").then()
                .statusCode(422)
                .body("errors.field", contains("priority", "quantity"))
                .body("errors.message", contains("'urgent' is not one of [LOW, HIGH]", "must be at least 1"));
    }

    @Test
    void a_request_without_violations_goes_through() {
        json().body("{\"name\":\" tyres \",\"quantity\":4,\"priority\":\"high\"}").post("/orders").then()
                .statusCode(200)
                .body("name", equalTo("tyres"))
                .body("quantity", equalTo(4))
                .body("priority", equalTo("HIGH"));
    }

    @Test
    void a_bean_validation_violation_of_a_query_parameter_is_a_422_naming_it() {
        json().queryParam("limit", 0).get("/orders").then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/invalid-request"))
                .body("errors.field", contains("limit"))
                .body("detail", startsWith("limit: "));

        json().queryParam("limit", 10).get("/orders").then()
                .statusCode(200)
                .body("[0]", equalTo("10 orders of priority null"));
    }

    @Test
    void a_query_parameter_read_with_query_params_is_a_422_naming_it_not_a_404() {
        json().queryParam("limit", 10).queryParam("priority", "soon").get("/orders").then()
                .statusCode(422)
                .body("errors.field", contains("priority"))
                .body("errors.message", contains("'soon' is not one of [LOW, HIGH]"));
        json().queryParam("limit", 10).queryParam("from", "31/12/2026").get("/orders").then()
                .statusCode(422)
                .body("errors.field", contains("from"))
                .body("errors.message", contains("'31/12/2026' is not a date (YYYY-MM-DD)"));
    }

    @Test
    void a_body_that_is_not_json_is_a_400_problem() {
        json().body("{not json").post("/orders").then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/unreadable-body"))
                .body("title", equalTo("The request body cannot be read"))
                .body("instance", equalTo("/orders"))
                .body("errors.field", contains("body"))
                .body("detail", startsWith("body: "));
    }

    @Test
    void a_field_of_the_wrong_type_or_an_unknown_field_is_a_400_naming_it() {
        json().body("{\"name\":\"tyres\",\"quantity\":\"many\",\"priority\":\"LOW\"}").post("/orders").then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", contains("quantity"));
        json().body("{\"name\":\"tyres\",\"quantity\":1,\"priority\":\"LOW\",\"colour\":\"red\"}").post("/orders").then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", contains("colour"));
    }

    @Test
    void not_found_and_conflict_are_problems_too() {
        json().get("/orders/42").then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/not-found"))
                .body("detail", equalTo("order 42 does not exist"))
                .body("errors", nullValue());
        json().post("/orders/42/cancel").then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/order-shipped"))
                .body("reasons", containsInAnyOrder("SHIPPED"));
    }

    @Test
    void routing_failures_are_problems() {
        json().get("/nowhere").then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/http-404"));
        json().delete("/orders").then()
                .statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/http-405"));
    }

    @Test
    void a_server_failure_says_only_that_it_happened() {
        json().get("/orders/broken").then()
                .statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/internal-error"))
                .body("detail", equalTo("The request failed on our side; nothing was changed"))
                .body(not(containsString("db-7.internal")));
    }

    @Test
    void a_transient_database_failure_is_a_503_to_retry_later() {
        json().post("/orders/while-the-database-restarts").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://golive.dev/problems/database-unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("The database is unavailable for the moment, so nothing was written;"
                        + " try again in a few seconds"))
                .body("instance", equalTo("/orders/while-the-database-restarts"))
                .body(not(containsString("db-7.internal")));
    }

    private static RequestSpecification json() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.ANY);
    }
}
