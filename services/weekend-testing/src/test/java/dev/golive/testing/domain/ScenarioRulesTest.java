package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.golive.testing.domain.BusinessArea.INVENTORY;
import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.Weekend.after;
import static dev.golive.testing.domain.Weekend.critical;
import static dev.golive.testing.domain.Weekend.normal;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScenarioRulesTest {

    private static Scenario minutes(int m) {
        return new Scenario("s", "A scenario", SALES, Criticality.NORMAL, m, null);
    }

    @Test
    void a_complete_scenario_is_valid() {
        assertThat(ScenarioRules.check(critical("quotation", SALES, 30))).isEmpty();
    }

    @Test
    void id_title_area_and_criticality_are_required() {
        assertThat(ScenarioRules.check(new Scenario(" ", "", null, null, 30, null))).containsExactly(
                new FieldViolation("id", "is required"),
                new FieldViolation("title", "is required"),
                new FieldViolation("area", "is required"),
                new FieldViolation("criticality", "is required"));
        assertThat(ScenarioRules.check((Scenario) null)).containsExactly(new FieldViolation("scenario", "is required"));
    }

    @Test
    void the_title_has_a_length_limit() {
        Scenario wordy = new Scenario("s", "t".repeat(201), SALES, Criticality.NORMAL, 30, null);

        assertThat(ScenarioRules.check(wordy)).containsExactly(
                new FieldViolation("title", "must be at most 200 characters, was 201"));
        assertThat(ScenarioRules.check(new Scenario("s", "t".repeat(200), SALES, Criticality.NORMAL, 30, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0} min: {1}")
    @CsvSource({
            "4,   'must be from 5 to 480, was 4'",
            "5,   ",
            "480, ",
            "481, 'must be from 5 to 480, was 481'",
            "0,   'must be from 5 to 480, was 0'",
            "-30, 'must be from 5 to 480, was -30'"})
    void the_estimate_lies_between_five_minutes_and_eight_hours(int estimate, String message) {
        var violations = ScenarioRules.check(minutes(estimate));

        if (message == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).containsExactly(new FieldViolation("estimatedMinutes", message));
        }
    }

    @Test
    void a_scenario_cannot_depend_on_itself_nor_on_a_blank() {
        assertThat(ScenarioRules.check(after("s", minutes(30))))
                .containsExactly(new FieldViolation("dependsOn", "must not be the scenario itself"));
        assertThat(ScenarioRules.check(after(" ", minutes(30))))
                .containsExactly(new FieldViolation("dependsOn", "must not be blank; leave it out for no prerequisite"));
    }

    @Test
    void in_a_set_a_dependency_must_name_a_scenario_of_the_set() {
        List<Scenario> scenarios = List.of(critical("quotation", SALES, 30), after("quotaton", critical("delivery", INVENTORY, 45)));

        assertThat(ScenarioRules.check(scenarios)).containsExactly(
                new FieldViolation("scenarios[1].dependsOn", "names no scenario of the set: \"quotaton\""));
        assertThat(ScenarioRules.check(List.of(critical("quotation", SALES, 30),
                after("quotation", critical("delivery", INVENTORY, 45))))).isEmpty();
    }

    @Test
    void a_dependency_may_point_to_a_scenario_later_in_the_list() {
        assertThat(ScenarioRules.check(List.of(after("quotation", critical("delivery", INVENTORY, 45)),
                critical("quotation", SALES, 30)))).isEmpty();
    }

    @Test
    void two_scenarios_of_a_set_cannot_share_an_id() {
        assertThat(ScenarioRules.check(List.of(normal("a", SALES, 30), normal("b", SALES, 30), normal("a", SALES, 60))))
                .containsExactly(new FieldViolation("scenarios[2].id", "is the id of scenarios[0] too"));
    }

    @Test
    void a_cycle_is_reported_once_on_its_first_member() {
        List<Scenario> scenarios = List.of(
                normal("free", SALES, 30),
                after("c", normal("a", SALES, 30)),
                after("a", normal("b", SALES, 30)),
                after("b", normal("c", SALES, 30)),
                after("a", normal("tail", SALES, 30)));

        assertThat(ScenarioRules.check(scenarios)).containsExactly(
                new FieldViolation("scenarios[1].dependsOn", "forms a cycle: a → c → b → a"));
    }

    @Test
    void two_scenarios_depending_on_each_other_form_a_cycle_and_two_cycles_are_two_violations() {
        List<Scenario> scenarios = List.of(
                after("y", normal("x", SALES, 30)),
                after("q", normal("p", SALES, 30)),
                after("x", normal("y", SALES, 30)),
                after("p", normal("q", SALES, 30)));

        assertThat(ScenarioRules.check(scenarios)).containsExactly(
                new FieldViolation("scenarios[0].dependsOn", "forms a cycle: x → y → x"),
                new FieldViolation("scenarios[1].dependsOn", "forms a cycle: p → q → p"));
    }

    @Test
    void a_long_chain_is_not_a_cycle() {
        List<Scenario> chain = new java.util.ArrayList<>();
        chain.add(normal("s0", SALES, 5));
        for (int i = 1; i < 500; i++) {
            chain.add(after("s" + (i - 1), normal("s" + i, SALES, 5)));
        }
        java.util.Collections.reverse(chain);

        assertThat(ScenarioRules.check(chain)).isEmpty();
    }

    @Test
    void a_set_names_each_violation_with_the_position_of_its_scenario() {
        List<Scenario> scenarios = Arrays.asList(normal("a", SALES, 30), null, minutes(2));

        assertThat(ScenarioRules.check(scenarios)).containsExactly(
                new FieldViolation("scenarios[1]", "is required"),
                new FieldViolation("scenarios[2].estimatedMinutes", "must be from 5 to 480, was 2"));
        assertThat(ScenarioRules.check((List<Scenario>) null)).containsExactly(new FieldViolation("scenarios", "is required"));
    }
}
