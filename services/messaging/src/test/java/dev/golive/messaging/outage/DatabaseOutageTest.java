package dev.golive.messaging.outage;

import dev.golive.messaging.testapp.Db;
import dev.golive.testkit.Postgres;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A REST write while PostgreSQL is stopped (the real server, stopped and started again on the same
 * port with the same data): a 503 problem with Retry-After, nothing written — whether the statement
 * fails inside the method or at the flush of the commit — and the same write goes through once the
 * database is back.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String DETAIL =
            "The database is unavailable for the moment, so nothing was written; try again in a few seconds";

    @Test
    void a_write_while_the_database_is_down_is_a_503_to_retry_and_goes_through_once_it_is_back() {
        String incidentCutover = UUID.randomUUID().toString();
        UUID projectionCutover = UUID.randomUUID();
        Postgres postgres = Postgres.shared();
        long stoppedAt = System.nanoTime();
        postgres.stop();
        try {
            for (String write : new String[] {incidentCutover + "/incident", projectionCutover + "/projection"}) {
                Response refused = RestAssured.post("/test-writes/" + write);
                refused.then()
                        .statusCode(503)
                        .header("Retry-After", "5")
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://golive.dev/problems/database-unavailable"))
                        .body("status", equalTo(503))
                        .body("detail", equalTo(DETAIL));
                System.out.printf("503 for %s after %d ms%n", write, refused.time());
            }
        } finally {
            postgres.start();
        }
        System.out.printf("PostgreSQL down for %d ms%n", Duration.ofNanos(System.nanoTime() - stoppedAt).toMillis());

        await("the database back").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> Db.outbox(incidentCutover).isEmpty());
        assertThat(Db.outbox(incidentCutover)).as("the refused write left no outbox row").isEmpty();
        assertThat(Db.projectionRows(projectionCutover)).as("the refused write left no row").isZero();

        // The client does what Retry-After says: the same write again, accepted once the pool has fresh connections.
        await("the same writes accepted again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> RestAssured.post("/test-writes/" + incidentCutover + "/incident").statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> RestAssured.post("/test-writes/" + projectionCutover + "/projection").statusCode() == 200);
        assertThat(Db.outbox(incidentCutover)).hasSize(1);
        assertThat(Db.projectionRows(projectionCutover)).isEqualTo(1);
    }
}
