package dev.golive.notification.stakeholder;

import dev.golive.contracts.Topics;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.testkit.DemoUsers;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Writes for a cutover cutover-planner never announced: refused after the role check and before
 * anything is stored, sent or announced — no stakeholder of a cutover that does not exist, no update
 * to anyone about it. With membership on (ADR 17) nobody but an admin takes part in such a cutover,
 * so the ops lead is refused with 403 {@code not-a-member}; an id that is not one is a 404
 * {@code unknown-cutover}.
 */
@QuarkusTest
class UnknownCutoverTest {

    private static final String UNKNOWN_CUTOVER = "https://golive.dev/problems/unknown-cutover";
    private static final String NOT_A_MEMBER = "https://golive.dev/problems/not-a-member";

    private static Map<String, Object> sam() {
        return Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en", null, Map.of());
    }

    @Test
    void a_write_for_a_cutover_cutover_planner_never_announced_is_refused_and_writes_nothing() {
        String unknown = UUID.randomUUID().toString();
        String someone = Api.stakeholders(unknown) + "/" + UUID.randomUUID();
        Map<String, Object> update = Map.of("text", "Upgrade done, testing starts at 09:00");
        try (RawTopicReader notifications = RawTopicReader.atEnd(Api.bootstrap(), Topics.NOTIFICATION)) {
            Api.as(DemoUsers.OPS_LEAD).body(sam()).post(Api.stakeholders(unknown)).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo(NOT_A_MEMBER))
                    .body("detail", startsWith("you take no part in cutover " + unknown));
            Api.as(DemoUsers.OPS_LEAD).body(update).post("/api/cutovers/" + unknown + "/updates").then()
                    .statusCode(403).contentType("application/problem+json").body("type", equalTo(NOT_A_MEMBER));
            Api.as(DemoUsers.OPS_LEAD).body(sam()).put(someone).then().statusCode(403)
                    .body("type", equalTo(NOT_A_MEMBER));
            Api.as(DemoUsers.OPS_LEAD).body(Map.of("zone", "Asia/Tokyo")).contentType("application/merge-patch+json")
                    .patch(someone).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            Api.as(DemoUsers.OPS_LEAD).delete(someone).then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            Api.as(DemoUsers.OPS_LEAD).body(List.of(Map.of("eventKind", "*", "minimumSeverity", "INFO", "channel", "FEED")))
                    .put(someone + "/subscriptions").then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            Api.as(DemoUsers.OPS_LEAD).body(Map.of("url", "https://hooks.example.com/golive", "format", "GOLIVE_JSON"))
                    .post(someone + "/webhooks").then().statusCode(403).body("type", equalTo(NOT_A_MEMBER));
            Api.as(DemoUsers.OPS_LEAD).body(sam()).post(Api.stakeholders("not-a-cutover-id")).then().statusCode(404)
                    .body("type", equalTo(UNKNOWN_CUTOVER));
            // The role check comes first: someone who may not write learns nothing about which cutovers exist.
            Api.as(DemoUsers.STAKEHOLDER).body(sam()).post(Api.stakeholders(unknown)).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://golive.dev/problems/forbidden"));
            Api.as(DemoUsers.ON_CALL).body(update).post("/api/cutovers/" + unknown + "/updates").then()
                    .statusCode(403).body("type", equalTo("https://golive.dev/problems/forbidden"));

            // Nothing was written: no cutover row, no stakeholder, no delivery, no event.
            assertThat(Db.projection(unknown)).isEmpty();
            assertThat(Db.deliveries(unknown)).isEmpty();
            Api.as(DemoUsers.ADMIN).get(Api.stakeholders(unknown)).then().statusCode(200).body("size()", equalTo(0));
            Api.as(DemoUsers.ADMIN).get("/api/cutovers/" + unknown + "/deliveries").then().statusCode(200)
                    .body("size()", equalTo(0));
            notifications.awaitNone(r -> unknown.equals(r.key()), Duration.ofMillis(500));
        }

        // Once cutover-planner announces it (the demo team its members), the same writes are accepted:
        // sam is added and hears the update in her feed (she has no other channel).
        KnownCutovers.announce(Api.bootstrap(), unknown, id -> Db.projection(id).isPresent());
        Api.as(DemoUsers.OPS_LEAD).body(sam()).post(Api.stakeholders(unknown)).then().statusCode(201);
        Api.as(DemoUsers.OPS_LEAD).body(update).post("/api/cutovers/" + unknown + "/updates").then().statusCode(201)
                .body("deliveries", equalTo(1));
        assertThat(Db.deliveries(unknown)).hasSize(1);
    }
}
