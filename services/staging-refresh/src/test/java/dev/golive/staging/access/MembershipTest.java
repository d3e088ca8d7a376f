package dev.golive.staging.access;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.staging.support.Api;
import dev.golive.staging.support.Db;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.golive.staging.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A membership opens a cutover to its member; when cutover-planner takes it away, the door closes. */
@QuarkusTest
class MembershipTest {

    private static Map<String, Object> rehearsal() {
        return Map.of("productionBackupAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                "sourceVersion", 16, "targetVersion", 19);
    }

    @Test
    void an_on_call_member_reads_and_writes_until_the_cutover_members_change_without_them() {
        String id = Api.knownCutover();
        try (RawTopicReader staging = RawTopicReader.atEnd(Api.bootstrap(), Topics.STAGING)) {
            // Oscar, on call and a member, moves a rehearsal to success (Api.succeededRehearsal) and reports drift.
            Api.succeededRehearsal(id, Instant.now().minus(Duration.ofHours(2)));
            as(DemoUsers.ON_CALL).body(Map.of("customModuleCommits", 1, "moduleListChanges", 0))
                    .post("/api/cutovers/" + id + "/drift").then().statusCode(201)
                    .body("customModuleCommits", equalTo(1));
            as(DemoUsers.ON_CALL).get(Api.rehearsals(id)).then().statusCode(200).body("$", hasSize(1));
            CatalogEvents.await(staging, id, EventCatalog.REHEARSAL_REQUESTED, 1);

            // cutover-planner announces the whole new set: the team without Oscar.
            List<CutoverMember> withoutOscar = DemoUsers.team().stream()
                    .filter(m -> !m.member().equals(DemoUsers.ON_CALL)).toList();
            CatalogEvents.publish(Api.bootstrap(), KnownCutovers.members(id, withoutOscar));
            await("the members of " + id + " without " + DemoUsers.ON_CALL).atMost(CatalogEvents.WAIT)
                    .until(() -> !Db.members(id).isEmpty() && !Db.members(id).contains(DemoUsers.ON_CALL));

            as(DemoUsers.ON_CALL).get(Api.rehearsals(id)).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://golive.dev/problems/not-a-member"));
            as(DemoUsers.ON_CALL).body(rehearsal()).post(Api.rehearsals(id)).then().statusCode(403)
                    .body("type", equalTo("https://golive.dev/problems/not-a-member"));
            as(DemoUsers.ON_CALL).body(Map.of("customModuleCommits", 1, "moduleListChanges", 0))
                    .post("/api/cutovers/" + id + "/drift").then().statusCode(403)
                    .body("type", equalTo("https://golive.dev/problems/not-a-member"));

            // Nothing was written: still the one rehearsal, the one drift report, no new request announced.
            staging.awaitNone(CatalogEvents.of(id, EventCatalog.REHEARSAL_REQUESTED), Duration.ofSeconds(2));
            as(DemoUsers.ADMIN).get(Api.rehearsals(id)).then().statusCode(200).body("$", hasSize(1));
            as(DemoUsers.ADMIN).get("/api/cutovers/" + id + "/drift").then().statusCode(200)
                    .body("customModuleCommits", equalTo(1));
        }
        // The others keep their place: Nina, on call too, still writes.
        as(DemoUsers.SECOND_ON_CALL).body(rehearsal()).post(Api.rehearsals(id)).then().statusCode(201);
    }
}
