package dev.golive.notification.access;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.testkit.AccessMatrix;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.golive.notification.support.Api.as;
import static dev.golive.testkit.DemoUsers.ADMIN;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who reaches what (issue 17): every operation of the OpenAPI document against the README's
 * "Access" table, and an ops lead who leaves a cutover losing it at once, in the delivery log too.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String NOT_A_MEMBER = "https://golive.dev/problems/not-a-member";

    @Test
    void every_operation_answers_as_the_readme_access_table_says() {
        String member = Api.knownCutover();
        String nonMember = KnownCutovers.announceWithoutTheTeam(Api.bootstrap(), id -> Db.projection(id).isPresent());

        AccessMatrix matrix = AccessMatrix.check(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port), "notification-hub", member, nonMember);
        // 21, and GET/PUT /api/me/subscriptions (a person's own), GET and POST /api/unsubscribe (the mails' one-click link)
        assertThat(matrix.operationCount()).isEqualTo(25);
    }

    @Test
    void an_ops_lead_who_leaves_the_cutover_manages_and_reads_nothing_more_of_it() {
        String id = Api.knownCutover();
        try (RawTopicReader notifications = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            String sam = Api.create(id, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en", null,
                    Map.of())).getString("id");
            as(OPS_LEAD).body(Map.of("text", "Upgrade done, testing starts at 09:00"))
                    .post("/api/cutovers/" + id + "/updates").then().statusCode(201).body("deliveries", equalTo(1));
            String delivery = CatalogEvents.await(notifications, id, EventCatalog.NOTIFICATION_DELIVERED, 1).get(0)
                    .deliveryId();
            as(OPS_LEAD).get(Api.stakeholders(id)).then().statusCode(200).body("id", contains(sam));
            assertThat(deliveryIds(OPS_LEAD)).contains(delivery);

            List<CutoverMember> withoutOlivia = DemoUsers.team().stream().filter(m -> !m.member().equals(OPS_LEAD))
                    .toList();
            Api.setMembers(id, withoutOlivia);

            as(OPS_LEAD).body(Api.stakeholder("theo", "TESTER", "Europe/London", "en", null, Map.of()))
                    .post(Api.stakeholders(id)).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo(NOT_A_MEMBER));
            as(OPS_LEAD).body(Map.of("zone", "Asia/Tokyo")).contentType("application/merge-patch+json")
                    .patch(Api.stakeholders(id) + "/" + sam).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(OPS_LEAD).delete(Api.stakeholders(id) + "/" + sam).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(OPS_LEAD).body(Map.of("text", "Testing is late")).post("/api/cutovers/" + id + "/updates").then()
                    .statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(OPS_LEAD).get(Api.stakeholders(id)).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            as(OPS_LEAD).get("/api/cutovers/" + id + "/deliveries").then().statusCode(403)
                    .body("type", equalTo(NOT_A_MEMBER));
            as(OPS_LEAD).get("/api/cutovers/" + id + "/pages").then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            // The delivery log, which is not per cutover, leaves that cutover out for her now.
            assertThat(deliveryIds(OPS_LEAD)).doesNotContain(delivery);
            assertThat(deliveryIds(ADMIN)).contains(delivery);

            // Nothing was written, sent or announced: sam is as she was, the one delivery is the only one.
            as(ADMIN).get(Api.stakeholders(id)).then().statusCode(200).body("id", contains(sam))
                    .body("[0].zone", equalTo("Europe/London"));
            assertThat(Db.deliveries(id)).hasSize(1);
            notifications.awaitNone(r -> id.equals(r.key()), Duration.ofMillis(500));

            // On call, still in it, reads its people.
            as(ON_CALL).get(Api.stakeholders(id) + "/" + sam).then().statusCode(200).body("name", equalTo("Sam"));
        }
    }

    private static List<String> deliveryIds(String user) {
        return as(user).get("/api/deliveries").then().statusCode(200).extract().jsonPath().getList("id", String.class);
    }
}
