package dev.golive.planner;

import dev.golive.planner.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import dev.golive.testkit.DemoMachines;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.Tokens;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.planner.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** What operators and tools rely on: health, metrics, the API document, triggers kept in the database. */
@QuarkusTest
class OperationsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void readiness_checks_the_database_and_reports_the_outbox_and_is_open_to_probes() {
        RestAssured.given().get("/q/health/live").then().statusCode(200);
        // The broker is not part of readiness: the outbox absorbs an outage (BrokerOutageTest).
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem("outbox"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItem(containsString("Kafka"))));
    }

    @Test
    void the_openapi_document_describes_the_cutover_api() {
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/cutovers/{cutoverId}/window-proposals"));
    }

    @Test
    void prometheus_metrics_show_the_outbox_and_milestone_lateness() {
        Api.create(Api.cutover("Europe/London"));
        scraper().get("/q/metrics").then().statusCode(200)
                .body(containsString("golive_outbox_relayed_total"))
                .body(containsString("golive_outbox_backlog"));
    }

    @Test
    void milestone_triggers_live_in_the_postgresql_job_store_so_a_restart_keeps_them() {
        String id = Api.create(Api.cutover("America/New_York"));
        LocalDate friday = LocalDate.now(ZoneId.of("America/New_York")).plusDays(15)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        as(OPS_LEAD).body(Map.of("downtimeStart", friday.atTime(17, 0).toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);

        Number stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                (Number) entityManager.createNativeQuery(
                                "SELECT count(*) FROM qrtz_simple_triggers WHERE trigger_group = ?1")
                        .setParameter(1, "cutover-" + id).getSingleResult());
        assertThat(stored.intValue()).isEqualTo(8);
    }

    @Test
    void metrics_are_read_only_by_the_scraper_and_admin_and_unknown_paths_add_no_series() {
        RestAssured.given().get("/q/metrics").then().statusCode(401);
        as(OPS_LEAD).get("/q/metrics").then().statusCode(403);
        as(DemoUsers.ADMIN).get("/q/metrics").then().statusCode(200);

        // Paths nobody serves, with and without a token: each would be a new series if the raw path
        // became a label, and anyone could grow the scrape without bound.
        for (int i = 0; i < 20; i++) {
            String nowhere = "/api/nowhere-" + UUID.randomUUID();
            RestAssured.given().get(nowhere).then().statusCode(404);
            as(OPS_LEAD).get(nowhere).then().statusCode(404);
            as(OPS_LEAD).get("/api/cutovers/" + UUID.randomUUID() + "/nowhere-" + i).then().statusCode(404);
        }
        String scrape = scraper().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher uri = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"", Pattern.MULTILINE)
                .matcher(scrape);
        while (uri.find()) {
            uris.add(uri.group(1));
        }
        assertThat(uris).isNotEmpty().noneMatch(u -> u.contains("nowhere"));
    }

    private static io.restassured.specification.RequestSpecification scraper() {
        return RestAssured.given().auth().oauth2(Tokens.machineToken(DemoMachines.METRICS));
    }
}
