package dev.golive.planner.access;

import dev.golive.planner.support.Api;
import dev.golive.testkit.DemoUsers;
import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.planner.support.Api.as;
import static dev.golive.testkit.DemoUsers.ADMIN;
import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.STAKEHOLDER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class MembershipTest {

    @Test
    void only_the_members_of_a_cutover_reach_it_and_the_list_shows_a_caller_their_own() {
        Map<String, Object> body = Api.cutover("Europe/Paris");
        body.put("members", List.of(Map.of("member", STAKEHOLDER, "role", "stakeholder")));
        String id = Api.create(body);

        as(STAKEHOLDER).get("/api/cutovers/" + id).then().statusCode(200);
        as(OPS_LEAD).get("/api/cutovers/" + id + "/members").then().statusCode(200)
                .body("own.member", contains(OPS_LEAD, STAKEHOLDER));
        // Oscar is on call somewhere, but not in this cutover.
        as(ON_CALL).get("/api/cutovers/" + id).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://golive.dev/problems/not-a-member"));
        as(ON_CALL).queryParam("size", 100).get("/api/cutovers").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(ADMIN).get("/api/cutovers/" + id).then().statusCode(200);

        // The ops lead takes Sam out: he no longer reads it, and every service hears of it.
        as(OPS_LEAD).body(Map.of("members", List.of(Map.of("member", OPS_LEAD, "role", "ops-lead"),
                        Map.of("member", ON_CALL, "role", "on-call"))))
                .put("/api/cutovers/" + id + "/members").then().statusCode(200)
                .body("all.member", contains(OPS_LEAD, ON_CALL));
        as(STAKEHOLDER).get("/api/cutovers/" + id).then().statusCode(403);
        as(ON_CALL).get("/api/cutovers/" + id).then().statusCode(200);
        assertMembersAnnounced(id, List.of(OPS_LEAD, ON_CALL));
    }

    @Test
    void a_members_list_that_would_lose_the_ops_lead_or_names_no_user_is_refused_and_changes_nothing() {
        String id = Api.create(Api.cutover("Europe/Paris"));
        as(OPS_LEAD).body(Map.of("members", List.of(Map.of("member", ON_CALL, "role", "on-call"))))
                .put("/api/cutovers/" + id + "/members").then().statusCode(422)
                .body("errors.field", contains("members"));
        as(OPS_LEAD).body(Map.of("members", List.of(Map.of("member", OPS_LEAD, "role", "ops-lead"),
                        Map.of("member", "sam\nadmin", "role", "boss"))))
                .put("/api/cutovers/" + id + "/members").then().statusCode(422)
                .body("errors.field", contains("members[1].member", "members[1].role"));
        as(OPS_LEAD).get("/api/cutovers/" + id + "/members").then().statusCode(200)
                .body("own.member", hasItem(DemoUsers.STAKEHOLDER));
        // A stakeholder may not change who takes part, even as a member.
        as(STAKEHOLDER).body(Map.of("members", List.of(Map.of("member", STAKEHOLDER, "role", "ops-lead"))))
                .put("/api/cutovers/" + id + "/members").then().statusCode(403);
    }

    @Test
    void a_clients_standing_members_take_part_in_every_cutover_of_that_client() {
        String client = "Client " + java.util.UUID.randomUUID();
        Map<String, Object> body = Api.cutover("Europe/Paris");
        body.put("client", client);
        body.put("members", List.of());
        String existing = Api.create(body);
        as(STAKEHOLDER).get("/api/cutovers/" + existing).then().statusCode(403);

        as(ADMIN).body(Map.of("members", List.of(Map.of("member", STAKEHOLDER, "role", "stakeholder"))))
                .put("/api/clients/" + client + "/members").then().statusCode(200);
        as(STAKEHOLDER).get("/api/cutovers/" + existing).then().statusCode(200);

        Map<String, Object> next = new HashMap<>(body);
        next.put("onCallTeam", "team-" + java.util.UUID.randomUUID());
        String later = Api.create(next);
        as(STAKEHOLDER).get("/api/cutovers/" + later).then().statusCode(200);
        as(OPS_LEAD).body(Map.of("members", List.of(Map.of("member", STAKEHOLDER, "role", "stakeholder"))))
                .put("/api/clients/" + client + "/members").then().statusCode(403);
    }

    private static void assertMembersAnnounced(String cutoverId, List<String> members) {
        try (RawTopicReader reader = RawTopicReader.fromBeginning(Api.bootstrap(), Topics.CUTOVER)) {
            reader.awaitRecords(r -> cutoverId.equals(r.key())
                    && EventCatalog.CUTOVER_MEMBERS_CHANGED.name().equals(RawTopicReader.header(r, CloudEventHeaders.TYPE))
                    && members(RawTopicReader.text(r)).equals(members), 1, Duration.ofSeconds(20));
        }
    }

    private static List<String> members(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("members")
                    .findValuesAsText("member");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
