package dev.golive.integration.access;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.golive.integration.support.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A membership opens a cutover to its member; when cutover-planner takes it away, the door closes. */
@QuarkusTest
class MembershipTest {

    @Test
    void an_on_call_member_reads_and_writes_until_the_cutover_members_change_without_them() {
        String id = Api.knownCutover();
        try (RawTopicReader integration = RawTopicReader.atEnd(Api.bootstrap(), Topics.INTEGRATION)) {
            as(DemoUsers.ON_CALL).body(Api.integrationBody("Carrier", "HIGH", true, List.of()))
                    .post(Api.integrations(id)).then().statusCode(201);
            as(DemoUsers.ON_CALL).get(Api.integrations(id)).then().statusCode(200).body("$", hasSize(1));
            CatalogEvents.await(integration, id, EventCatalog.INTEGRATION_REGISTERED, 1);

            // cutover-planner announces the whole new set: the team without Oscar.
            List<CutoverMember> withoutOscar = DemoUsers.team().stream()
                    .filter(m -> !m.member().equals(DemoUsers.ON_CALL)).toList();
            CatalogEvents.publish(Api.bootstrap(), KnownCutovers.members(id, withoutOscar));
            await("the members of " + id + " without " + DemoUsers.ON_CALL).atMost(CatalogEvents.WAIT)
                    .until(() -> !Db.members(id).isEmpty() && !Db.members(id).contains(DemoUsers.ON_CALL));

            as(DemoUsers.ON_CALL).get(Api.integrations(id)).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://golive.dev/problems/not-a-member"));
            as(DemoUsers.ON_CALL).get(Api.readiness(id)).then().statusCode(403)
                    .body("type", equalTo("https://golive.dev/problems/not-a-member"));
            as(DemoUsers.ON_CALL).body(Api.integrationBody("Shop", "HIGH", true, List.of()))
                    .post(Api.integrations(id)).then().statusCode(403)
                    .body("type", equalTo("https://golive.dev/problems/not-a-member"));

            // Nothing was written: still the one integration, nothing more announced.
            integration.awaitNone(CatalogEvents.of(id, EventCatalog.INTEGRATION_REGISTERED), Duration.ofSeconds(2));
            as(DemoUsers.ADMIN).get(Api.integrations(id)).then().statusCode(200).body("$", hasSize(1))
                    .body("[0].name", equalTo("Carrier"));
        }
        // The others keep their place: Nina, on call too, still registers.
        as(DemoUsers.SECOND_ON_CALL).body(Api.integrationBody("Shop", "HIGH", true, List.of()))
                .post(Api.integrations(id)).then().statusCode(201);
    }
}
