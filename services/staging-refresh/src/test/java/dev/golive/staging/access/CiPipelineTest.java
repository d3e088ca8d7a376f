package dev.golive.staging.access;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.contracts.staging.CustomModuleAttemptRecorded;
import dev.golive.staging.support.Api;
import dev.golive.staging.support.Db;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoMachines;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.RawTopicReader;
import dev.golive.testkit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.golive.staging.support.Api.as;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The client's CI pipeline records the custom-module attempts its pushes start, with its own
 * service account (client credentials, realm role ci-pipeline), in the cutovers it takes part in.
 */
@QuarkusTest
class CiPipelineTest {

    private static RequestSpecification asCi() {
        return RestAssured.given().auth().oauth2(Tokens.machineToken(DemoMachines.CI)).contentType("application/json");
    }

    @Test
    void the_ci_pipeline_records_its_attempts_in_its_cutovers_and_nothing_else() {
        String id = Api.knownCutover(); // the demo team, the CI pipeline among them
        String rid = Api.requestRehearsal(id, Instant.now().minus(Duration.ofHours(3)), 18, 19);
        as(ON_CALL).post(Api.rehearsal(id, rid) + "/hops/18/start").then().statusCode(200);
        as(ON_CALL).body(Map.of("outcome", "SUCCEEDED")).post(Api.rehearsal(id, rid) + "/hops/18/finish")
                .then().statusCode(200).body("stage", equalTo("AWAITING_CUSTOM_MODULES"));

        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            asCi().body(Map.of("commitRef", "4f2a9c1")).post(Api.rehearsal(id, rid) + "/attempts").then()
                    .statusCode(201).body("attempts[0].commitRef", equalTo("4f2a9c1"));
            asCi().body(Map.of("outcome", "FAILED", "errorCategory", "PYTHON_ERROR", "logExcerpt", "ImportError"))
                    .post(Api.rehearsal(id, rid) + "/attempts/1/finish").then().statusCode(200)
                    .body("stage", equalTo("AWAITING_CUSTOM_MODULES"));
            CustomModuleAttemptRecorded recorded =
                    CatalogEvents.await(staging, id, EventCatalog.CUSTOM_MODULE_ATTEMPT_RECORDED, 1).get(0);
            assertThat(recorded.commitRef()).isEqualTo("4f2a9c1");
        }
        // It records attempts; it does not request rehearsals, change stages or read the review items.
        asCi().body(Map.of("productionBackupAt", Instant.now().toString())).post(Api.rehearsals(id)).then().statusCode(403);
        asCi().body(Map.of("stage", "ABANDONED")).post(Api.rehearsal(id, rid) + "/stage").then().statusCode(403);

        // In a cutover it takes no part in, nothing.
        String other = KnownCutovers.announceWith(Api.bootstrap(), List.of(new CutoverMember("nobody", "ops-lead")),
                cutover -> Db.projection(cutover).isPresent());
        asCi().body(Map.of("commitRef", "4f2a9c1")).post(Api.rehearsal(other, rid) + "/attempts").then()
                .statusCode(403).body("type", equalTo("https://golive.dev/problems/not-a-member"));
        // The monitoring system's token is not meant for this service at all.
        RestAssured.given().auth().oauth2(Tokens.machineToken(DemoMachines.MONITORING)).contentType("application/json")
                .body(Map.of("commitRef", "4f2a9c1")).post(Api.rehearsal(id, rid) + "/attempts").then().statusCode(401);
        as(ON_CALL).get(Api.rehearsal(id, rid)).then().statusCode(200).body("attempts.size()", equalTo(1));
    }
}
