package dev.golive.notification.stakeholder;

import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.notification.support.Api;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.golive.notification.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A person turns kinds of notice off and on for themself (the page every mail links to), and nobody else's. */
@QuarkusTest
class OwnSubscriptionsTest {

    private static final String MINE = "/api/me/subscriptions";

    @Test
    void a_stakeholder_turns_a_kind_off_and_on_again_and_keeps_the_rest_as_the_ops_lead_set_it() {
        String cutover = Api.knownCutover();
        String sam = Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en",
                "sam@example.com", Map.of())).getString("id");

        List<String> heard = heardKinds(cutover);
        assertThat(heard).contains("GO_NO_GO_DECIDED", "STAKEHOLDER_UPDATE").doesNotContain("PAGE", "INCIDENT_OPENED");
        as(DemoUsers.STAKEHOLDER).get(MINE + "?cutover=" + cutover).then().statusCode(200)
                .body("[0].stakeholderId", equalTo(sam)).body("[0].channels", hasItem("EMAIL"));

        List<String> without = heard.stream().filter(k -> !k.equals("STAKEHOLDER_UPDATE")).toList();
        as(DemoUsers.STAKEHOLDER).body(Map.of("kinds", without)).put(MINE + "?cutover=" + cutover).then()
                .statusCode(200);
        assertThat(heardKinds(cutover)).containsExactlyInAnyOrderElementsOf(without);
        // What the ops lead reads is the same: no subscription names the kind any more, on any channel.
        as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover) + "/" + sam).then().statusCode(200)
                .body("subscriptions.eventKind", not(hasItem("STAKEHOLDER_UPDATE")))
                .body("subscriptions.eventKind", hasItem("GO_NO_GO_DECIDED"));

        // Turned on again: on the channels sam uses, e-mail and feed.
        List<String> with = new java.util.ArrayList<>(without);
        with.add("STAKEHOLDER_UPDATE");
        as(DemoUsers.STAKEHOLDER).body(Map.of("kinds", with)).put(MINE + "?cutover=" + cutover).then().statusCode(200);
        List<String> channels = as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover) + "/" + sam).then()
                .extract().jsonPath().getList("subscriptions.findAll { it.eventKind == 'STAKEHOLDER_UPDATE' }.channel");
        assertThat(channels).containsExactlyInAnyOrder("EMAIL", "FEED");
    }

    @Test
    void an_every_kind_subscription_is_spelt_out_when_one_kind_is_turned_off() {
        String cutover = Api.knownCutover();
        String olivia = Api.create(cutover, Api.stakeholder("olivia", "OPS_LEAD", "Europe/London", "en", null, Map.of()))
                .getString("id");
        List<String> all = as(DemoUsers.OPS_LEAD).get(MINE + "?cutover=" + cutover).then().statusCode(200)
                .extract().jsonPath().getList("[0].kinds.kind");
        List<String> allButOne = all.stream().filter(k -> !k.equals("TRAINING_LIST")).toList();
        as(DemoUsers.OPS_LEAD).body(Map.of("kinds", allButOne)).put(MINE + "?cutover=" + cutover).then().statusCode(200);

        List<Map<String, String>> stored = as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover) + "/" + olivia)
                .then().extract().jsonPath().getList("subscriptions");
        assertThat(stored).extracting(s -> s.get("eventKind")).doesNotContain("*", "TRAINING_LIST")
                .containsAll(allButOne);
        // The severity of the every-kind subscription (NOTICE for an ops lead) is kept.
        assertThat(stored).extracting(s -> s.get("minimumSeverity")).containsOnly("NOTICE");
    }

    @Test
    void wrong_kinds_are_named_one_by_one_and_change_nothing() {
        String cutover = Api.knownCutover();
        Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en", null, Map.of()));
        List<String> before = heardKinds(cutover);

        as(DemoUsers.STAKEHOLDER).body(Map.of("kinds", List.of("GO_NO_GO_DECIDED", "PAGE", "HOLIDAY_PARTY", "*")))
                .put(MINE + "?cutover=" + cutover).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'kinds[1]' }.message", equalTo(
                        "pages always reach the person on call; they are not turned on or off"))
                .body("errors.find { it.field == 'kinds[2]' }.message", equalTo("is not a kind of notice"))
                .body("errors.find { it.field == 'kinds[3]' }.message", equalTo("is not a kind of notice"));
        as(DemoUsers.STAKEHOLDER).body(Map.of()).put(MINE + "?cutover=" + cutover).then().statusCode(422)
                .body("errors[0].field", equalTo("kinds"));
        as(DemoUsers.STAKEHOLDER).body(Map.of("kinds", List.of())).put(MINE).then().statusCode(422)
                .body("errors[0].field", equalTo("cutover"));
        as(DemoUsers.STAKEHOLDER).body(Map.of("kinds", List.of())).put(MINE + "?cutover=not-an-id").then()
                .statusCode(422).body("errors[0].field", equalTo("cutover"));
        assertThat(heardKinds(cutover)).isEqualTo(before);
    }

    @Test
    void only_the_person_themself_and_only_in_a_cutover_they_take_part_in() {
        String cutover = Api.knownCutover();
        Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "Europe/London", "en", null, Map.of()));
        List<String> before = heardKinds(cutover);

        // Tess is a member but no stakeholder of this cutover: she has nothing here, and cannot reach sam's.
        as(DemoUsers.TESTERS.get(0)).get(MINE + "?cutover=" + cutover).then().statusCode(200).body("size()", equalTo(0));
        as(DemoUsers.TESTERS.get(0)).body(Map.of("kinds", List.of())).put(MINE + "?cutover=" + cutover).then()
                .statusCode(404);

        List<CutoverMember> withoutSam = DemoUsers.team().stream()
                .filter(m -> !m.member().equals(DemoUsers.STAKEHOLDER)).toList();
        Api.setMembers(cutover, withoutSam);
        as(DemoUsers.STAKEHOLDER).get(MINE + "?cutover=" + cutover).then().statusCode(403)
                .body("type", equalTo("https://golive.dev/problems/not-a-member"));
        as(DemoUsers.STAKEHOLDER).body(Map.of("kinds", List.of())).put(MINE + "?cutover=" + cutover).then()
                .statusCode(403).body("type", equalTo("https://golive.dev/problems/not-a-member"));
        // Without the parameter, the cutovers sam no longer takes part in are left out.
        List<String> listed = as(DemoUsers.STAKEHOLDER).get(MINE).then().statusCode(200).extract().jsonPath()
                .getList("cutoverId");
        assertThat(listed).doesNotContain(cutover);
        assertThat(as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover)).then().extract().jsonPath()
                .getList("[0].subscriptions.eventKind", String.class)).containsAll(before);
    }

    private static List<String> heardKinds(String cutover) {
        return as(DemoUsers.STAKEHOLDER).get(MINE + "?cutover=" + cutover).then().statusCode(200).extract().jsonPath()
                .getList("[0].kinds.findAll { it.heard }.kind");
    }
}
