package dev.golive.rollback.domain;

import dev.golive.rollback.domain.RollbackPolicies.Policy;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static dev.golive.rollback.domain.IncidentStatus.MITIGATED;
import static dev.golive.rollback.domain.IncidentStatus.RESOLVED;
import static dev.golive.rollback.domain.Incidents.BUSINESS_RESUME;
import static dev.golive.rollback.domain.Incidents.PNR;
import static dev.golive.rollback.domain.Incidents.SYSTEM_BACK;
import static dev.golive.rollback.domain.Incidents.WINDOW;
import static dev.golive.rollback.domain.Incidents.beforePnr;
import static dev.golive.rollback.domain.Incidents.id;
import static dev.golive.rollback.domain.Incidents.incident;
import static dev.golive.rollback.domain.Recommendation.DECIDE_NOW;
import static dev.golive.rollback.domain.Recommendation.FIX_FORWARD;
import static dev.golive.rollback.domain.Recommendation.ROLL_BACK;
import static dev.golive.rollback.domain.RollbackPolicies.Policy.CRITICAL_CORE_FLOW_FIX_PAST_PNR;
import static dev.golive.rollback.domain.RollbackPolicies.Policy.CRITICAL_OPEN_NEAR_PNR;
import static dev.golive.rollback.domain.RollbackPolicies.Policy.DATA_INTEGRITY_AT_RISK;
import static dev.golive.rollback.domain.RollbackPolicies.Policy.NO_ROLLBACK_REASON;
import static dev.golive.rollback.domain.RollbackPolicies.Policy.PAST_POINT_OF_NO_RETURN;
import static dev.golive.rollback.domain.RollbackPolicies.Policy.SYSTEM_UNUSABLE;
import static dev.golive.rollback.domain.RollbackPolicies.Policy.UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RollbackPoliciesTest {

    private static final Duration H10 = Duration.ofHours(10);
    private static final Duration H3 = Duration.ofHours(3);
    private static final Duration MIN30 = Duration.ofMinutes(30);
    private static final Duration AFTER_1H = Duration.ofHours(-1);
    private static final Duration H2 = Duration.ofHours(2);
    private static final Duration H12 = Duration.ofHours(12);

    private static Assessment assess(Duration timeLeft, Incident... incidents) {
        return RollbackPolicies.assess(List.of(incidents), WINDOW, RollbackPolicies.DEFAULT_WARNING_HORIZON, beforePnr(timeLeft));
    }

    private static Arguments row(String situation, Duration timeLeft, List<Incident> incidents,
                                 Recommendation expected, Policy... policies) {
        return arguments(situation, timeLeft, incidents, expected, List.of(policies));
    }

    /** The policy as a table: the situation, the time left to the point of no return, the incidents, the verdict. */
    static Stream<Arguments> table() {
        Incident layout = incident(1).title("invoice layout shifted").build();
        Incident unusable = incident(2).unusable().build();
        Incident dataAtRisk = incident(3).severity(Severity.MEDIUM).flow(BusinessFlow.INVENTORY_AND_DELIVERY).dataAtRisk().build();
        Incident criticalNoEstimate = incident(4).criticalSales().build();
        Incident criticalFix2h = incident(5).criticalSales().estimate(H2).build();
        Incident criticalFix12h = incident(6).criticalSales().estimate(H12).build();
        Incident criticalWithWorkaround = incident(7).criticalSales().workaround().build();
        Incident criticalReporting = incident(8).critical().flow(BusinessFlow.REPORTING).build();
        Incident highSales = incident(9).severity(Severity.HIGH).flow(BusinessFlow.SALES).build();
        Incident resolvedWorst = incident(10).criticalSales().unusable().dataAtRisk().status(RESOLVED).build();
        Incident mitigatedWorst = incident(11).criticalSales().unusable().status(MITIGATED).build();
        Incident mitigatedDataAtRisk = incident(12).dataAtRisk().status(MITIGATED).build();
        return Stream.of(
                row("nothing open", H10, List.of(), FIX_FORWARD, NO_ROLLBACK_REASON),
                row("nothing open after the point of no return", AFTER_1H, List.of(), FIX_FORWARD,
                        PAST_POINT_OF_NO_RETURN, NO_ROLLBACK_REASON),
                row("a report layout bug near the point of no return", MIN30, List.of(layout), FIX_FORWARD, NO_ROLLBACK_REASON),
                row("a low incident making the system unusable", H10, List.of(unusable), ROLL_BACK, SYSTEM_UNUSABLE),
                row("a medium incident putting data at risk", H10, List.of(dataAtRisk), ROLL_BACK, DATA_INTEGRITY_AT_RISK),

                row("critical core, no workaround, no estimate, 10 h before", H10, List.of(criticalNoEstimate), ROLL_BACK,
                        CRITICAL_CORE_FLOW_FIX_PAST_PNR),
                row("critical core, no workaround, fixed in 2 h, 10 h before", H10, List.of(criticalFix2h), FIX_FORWARD,
                        NO_ROLLBACK_REASON),
                row("critical core, no workaround, fixed in 12 h, 10 h before", H10, List.of(criticalFix12h), ROLL_BACK,
                        CRITICAL_CORE_FLOW_FIX_PAST_PNR),
                row("critical core, no workaround, fixed in 2 h, 3 h before", H3, List.of(criticalFix2h), DECIDE_NOW,
                        CRITICAL_OPEN_NEAR_PNR),
                row("critical core, no workaround, no estimate, 3 h before", H3, List.of(criticalNoEstimate), ROLL_BACK,
                        CRITICAL_CORE_FLOW_FIX_PAST_PNR, CRITICAL_OPEN_NEAR_PNR),
                row("critical core, no workaround, fixed in 2 h, 30 min before", MIN30, List.of(criticalFix2h), ROLL_BACK,
                        CRITICAL_CORE_FLOW_FIX_PAST_PNR, CRITICAL_OPEN_NEAR_PNR),
                row("critical core, no workaround, no estimate, 30 min before", MIN30, List.of(criticalNoEstimate), ROLL_BACK,
                        CRITICAL_CORE_FLOW_FIX_PAST_PNR, CRITICAL_OPEN_NEAR_PNR),
                row("critical core, no workaround, fixed in 2 h, 1 h after", AFTER_1H, List.of(criticalFix2h), ROLL_BACK,
                        CRITICAL_CORE_FLOW_FIX_PAST_PNR, PAST_POINT_OF_NO_RETURN),
                row("critical core, no workaround, no estimate, 1 h after", AFTER_1H, List.of(criticalNoEstimate), ROLL_BACK,
                        CRITICAL_CORE_FLOW_FIX_PAST_PNR, PAST_POINT_OF_NO_RETURN),

                row("critical core with a workaround, 10 h before", H10, List.of(criticalWithWorkaround), FIX_FORWARD,
                        NO_ROLLBACK_REASON),
                row("critical core with a workaround, 3 h before", H3, List.of(criticalWithWorkaround), DECIDE_NOW,
                        CRITICAL_OPEN_NEAR_PNR),
                row("critical core with a workaround, 30 min before", MIN30, List.of(criticalWithWorkaround), DECIDE_NOW,
                        CRITICAL_OPEN_NEAR_PNR),
                row("critical core with a workaround, 1 h after", AFTER_1H, List.of(criticalWithWorkaround), FIX_FORWARD,
                        PAST_POINT_OF_NO_RETURN, NO_ROLLBACK_REASON),

                row("critical reporting without estimate, 10 h before", H10, List.of(criticalReporting), FIX_FORWARD,
                        NO_ROLLBACK_REASON),
                row("critical reporting without estimate, 3 h before", H3, List.of(criticalReporting), DECIDE_NOW,
                        CRITICAL_OPEN_NEAR_PNR),
                row("high, not critical, in sales without estimate, 30 min before", MIN30, List.of(highSales), FIX_FORWARD,
                        NO_ROLLBACK_REASON),

                row("several together", MIN30, List.of(layout, unusable, dataAtRisk, criticalFix2h), ROLL_BACK,
                        SYSTEM_UNUSABLE, DATA_INTEGRITY_AT_RISK, CRITICAL_CORE_FLOW_FIX_PAST_PNR, CRITICAL_OPEN_NEAR_PNR),
                row("an unusable system after the point of no return", AFTER_1H, List.of(unusable), ROLL_BACK,
                        SYSTEM_UNUSABLE, PAST_POINT_OF_NO_RETURN),

                row("a resolved incident that had everything", MIN30, List.of(resolvedWorst), FIX_FORWARD, NO_ROLLBACK_REASON),
                row("a mitigated critical unusable incident, 10 h before", H10, List.of(mitigatedWorst), FIX_FORWARD,
                        NO_ROLLBACK_REASON),
                row("a mitigated critical unusable incident, 3 h before", H3, List.of(mitigatedWorst), DECIDE_NOW,
                        CRITICAL_OPEN_NEAR_PNR),
                row("a mitigated critical unusable incident, 1 h after", AFTER_1H, List.of(mitigatedWorst), FIX_FORWARD,
                        PAST_POINT_OF_NO_RETURN, NO_ROLLBACK_REASON),
                row("a mitigated incident still putting data at risk", H10, List.of(mitigatedDataAtRisk), ROLL_BACK,
                        DATA_INTEGRITY_AT_RISK),

                row("a critical incident exactly at the warning horizon", Duration.ofHours(4), List.of(criticalWithWorkaround),
                        DECIDE_NOW, CRITICAL_OPEN_NEAR_PNR),
                row("a critical incident a second beyond the warning horizon", Duration.ofHours(4).plusSeconds(1),
                        List.of(criticalWithWorkaround), FIX_FORWARD, NO_ROLLBACK_REASON),
                row("a critical incident at the very point of no return", Duration.ZERO, List.of(criticalWithWorkaround),
                        FIX_FORWARD, PAST_POINT_OF_NO_RETURN, NO_ROLLBACK_REASON),
                row("a fix that ends exactly at the point of no return", H2, List.of(criticalFix2h), DECIDE_NOW,
                        CRITICAL_OPEN_NEAR_PNR),
                row("a fix that ends a minute after the point of no return", H2.minusMinutes(1), List.of(criticalFix2h),
                        ROLL_BACK, CRITICAL_CORE_FLOW_FIX_PAST_PNR, CRITICAL_OPEN_NEAR_PNR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void the_policy_table(String situation, Duration timeLeft, List<Incident> incidents, Recommendation expected,
                          List<Policy> policies) {
        Assessment a = RollbackPolicies.assess(incidents, WINDOW, RollbackPolicies.DEFAULT_WARNING_HORIZON, beforePnr(timeLeft));

        assertThat(a.recommendation()).as(situation).isEqualTo(expected);
        assertThat(a.policies()).as(situation).containsExactlyElementsOf(policies.stream().map(Policy::name).toList());
        assertThat(a.reasons()).allSatisfy(r -> assertThat(r.recommends()).isEqualTo(Policy.valueOf(r.policy()).recommends()));
        assertThat(a.timeToPointOfNoReturn()).isEqualTo(timeLeft);
    }

    @ParameterizedTest
    @EnumSource(BusinessFlow.class)
    void a_critical_incident_without_workaround_or_estimate_calls_for_a_rollback_only_in_a_core_flow(BusinessFlow flow) {
        Assessment a = assess(H10, incident(1).critical().flow(flow).build());

        assertThat(a.recommendation()).isEqualTo(flow.core() ? ROLL_BACK : FIX_FORWARD);
    }

    @Test
    void every_policy_recommends_what_the_issue_says() {
        assertThat(Policy.values()).extracting(Policy::name, Policy::recommends).containsExactly(
                tuple("SYSTEM_UNUSABLE", ROLL_BACK),
                tuple("DATA_INTEGRITY_AT_RISK", ROLL_BACK),
                tuple("CRITICAL_CORE_FLOW_FIX_PAST_PNR", ROLL_BACK),
                tuple("CRITICAL_OPEN_NEAR_PNR", DECIDE_NOW),
                tuple("UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN", DECIDE_NOW),
                tuple("PAST_POINT_OF_NO_RETURN", FIX_FORWARD),
                tuple("NO_ROLLBACK_REASON", FIX_FORWARD));
    }

    @Test
    void a_reason_names_exactly_the_incidents_that_made_it_fire() {
        Incident down = incident(1).unusable().build();
        Incident fine = incident(2).criticalSales().workaround().build();
        Incident alsoDown = incident(3).unusable().critical().build();

        Assessment a = assess(MIN30, down, fine, alsoDown);

        assertThat(a.reasons()).extracting(Reason::policy, Reason::incidentIds).containsExactly(
                tuple("SYSTEM_UNUSABLE", List.of(id(1), id(3))),
                tuple("CRITICAL_OPEN_NEAR_PNR", List.of(id(2), id(3))));
    }

    @Test
    void the_open_incidents_are_the_open_and_mitigated_ones_not_the_resolved() {
        Assessment a = assess(H10,
                incident(1).build(),
                incident(2).status(MITIGATED).build(),
                incident(3).status(RESOLVED).build());

        assertThat(a.openIncidentIds()).containsExactly(id(1), id(2));
    }

    @Test
    void many_incidents_are_named_three_at_a_time_the_oldest_first_and_the_others_counted() {
        Incident[] storm = new Incident[6];
        for (int n = 1; n <= 6; n++) {
            storm[6 - n] = incident(n).title("scanner " + n).criticalSales().unusable().build();
        }
        Assessment a = assess(H3, storm);

        assertThat(a.reasons()).extracting(Reason::policy, Reason::incidentIds, Reason::incidentCount).containsExactly(
                tuple("SYSTEM_UNUSABLE", List.of(id(1), id(2), id(3)), 6L),
                tuple("CRITICAL_CORE_FLOW_FIX_PAST_PNR", List.of(id(1), id(2), id(3)), 6L),
                tuple("CRITICAL_OPEN_NEAR_PNR", List.of(id(1), id(2), id(3)), 6L));
        assertThat(a.reasons().get(0).explanation())
                .startsWith("the system cannot be used at all (\"scanner 1\", \"scanner 2\", \"scanner 3\" and 3 more)");
        assertThat(a.reasons().get(1).explanation())
                .endsWith("\"scanner 3\" (SALES) has no estimate of its time to fix; and 3 more");
        assertThat(a.reasons().get(2).explanation())
                .startsWith("6 critical incidents are open (\"scanner 1\", \"scanner 2\", \"scanner 3\" and 3 more)");
        assertThat(a.openIncidentIds()).containsExactly(id(1), id(2), id(3));
        assertThat(a.openIncidentCount()).isEqualTo(6);
    }

    @Test
    void a_first_incident_beyond_the_named_ones_is_a_new_verdict_and_the_next_ones_are_not() {
        Incident[] five = new Incident[5];
        for (int n = 1; n <= 5; n++) {
            five[n - 1] = incident(n).unusable().build();
        }
        Assessment three = assess(H10, Arrays.copyOf(five, 3));
        Assessment four = assess(H10, Arrays.copyOf(five, 4));
        Assessment after = assess(H10, five);

        assertThat(after.reasons().get(0).incidentIds()).isEqualTo(four.reasons().get(0).incidentIds())
                .isEqualTo(three.reasons().get(0).incidentIds());
        assertThat(four.sameVerdictAs(three)).isFalse();
        // During a storm, how many more there are is read live, not announced once per incident.
        assertThat(after.sameVerdictAs(four)).isTrue();
        assertThat(after.reasons().get(0).incidentCount()).isEqualTo(5);
        assertThat(after.sameVerdictAs(assess(MIN30.plus(H10), five))).isTrue();
    }

    @Test
    void the_time_left_and_what_a_rollback_would_lose_follow_the_clock() {
        Instant saturdayNoon = Instant.parse("2026-06-06T12:00:00Z");

        Assessment a = RollbackPolicies.assess(List.of(), WINDOW, Duration.ofHours(4), saturdayNoon);

        assertThat(a.timeToPointOfNoReturn()).isEqualTo(Duration.ofHours(26));
        assertThat(a.rollbackWouldLose()).isEqualTo(Duration.ofHours(14));
        assertThat(a.pointOfNoReturn()).isEqualTo(PNR);
    }

    @Test
    void after_the_point_of_no_return_the_time_left_is_negative() {
        Assessment a = assess(Duration.ofMinutes(-90));

        assertThat(a.timeToPointOfNoReturn()).isEqualTo(Duration.ofMinutes(-90));
        assertThat(a.rollbackWouldLose()).isEqualTo(Duration.between(SYSTEM_BACK, PNR).plusMinutes(90));
    }

    @Test
    void a_rollback_loses_nothing_while_the_system_is_not_back() {
        RollbackWindow notBack = new RollbackWindow(null, PNR, BUSINESS_RESUME);

        Assessment a = RollbackPolicies.assess(List.of(incident(1).unusable().build()), notBack, Duration.ofHours(4),
                SYSTEM_BACK.plusSeconds(60));

        assertThat(a.rollbackWouldLose()).isZero();
        assertThat(a.recommendation()).isEqualTo(ROLL_BACK);
    }

    @Test
    void the_explanation_of_a_core_flow_without_estimate_says_so() {
        Reason r = assess(H10, incident(1).title("Sales orders cannot be confirmed").criticalSales().build()).reasons().get(0);

        assertThat(r.explanation()).contains("\"Sales orders cannot be confirmed\" (SALES) has no estimate of its time to fix");
    }

    @Test
    void the_explanation_of_a_core_flow_fix_says_when_it_would_end() {
        Reason r = assess(H10, incident(1).criticalSales().estimate(H12).build()).reasons().get(0);

        assertThat(r.explanation())
                .contains("would be fixed at 2026-06-07T16:00:00Z, in 12 h")
                .contains("point of no return at 2026-06-07T14:00:00Z");
    }

    @Test
    void the_explanation_of_decide_now_gives_the_time_left() {
        Reason r = assess(Duration.ofMinutes(200), incident(1).criticalSales().workaround().build()).reasons().get(0);

        assertThat(r.policy()).isEqualTo("CRITICAL_OPEN_NEAR_PNR");
        assertThat(r.explanation()).contains("3 h 20 min away").contains("business resumes at 2026-06-08T06:00:00Z");
    }

    @Test
    void the_explanation_after_the_point_of_no_return_says_a_rollback_cannot_complete() {
        Reason r = assess(Duration.ofMinutes(-75)).reasons().get(0);

        assertThat(r.policy()).isEqualTo("PAST_POINT_OF_NO_RETURN");
        assertThat(r.incidentIds()).isEmpty();
        assertThat(r.explanation()).isEqualTo("the point of no return passed at 2026-06-07T14:00:00Z, 1 h 15 min ago: "
                + "a rollback started now cannot complete before business resumes at 2026-06-08T06:00:00Z");
    }

    @Test
    void fix_forward_explains_that_nothing_calls_for_a_rollback() {
        Reason r = assess(H10, incident(1).build(), incident(2).build()).reasons().get(0);

        assertThat(r.explanation()).startsWith("no open incident makes the system unusable").contains("2 open").endsWith("fix forward");
        assertThat(r.incidentIds()).isEmpty();
    }

    @Test
    void the_warning_horizon_can_be_wider_or_switched_off() {
        List<Incident> critical = List.of(incident(1).criticalSales().workaround().build());
        Instant fiveHoursBefore = beforePnr(Duration.ofHours(5));

        assertThat(RollbackPolicies.assess(critical, WINDOW, Duration.ofHours(6), fiveHoursBefore).recommendation())
                .isEqualTo(DECIDE_NOW);
        assertThat(RollbackPolicies.assess(critical, WINDOW, Duration.ofHours(4), fiveHoursBefore).recommendation())
                .isEqualTo(FIX_FORWARD);
        assertThat(RollbackPolicies.assess(critical, WINDOW, Duration.ZERO, beforePnr(Duration.ofMinutes(1))).recommendation())
                .isEqualTo(FIX_FORWARD);
    }

    @Test
    void a_negative_warning_horizon_is_refused() {
        assertThatThrownBy(() -> RollbackPolicies.assess(List.of(), WINDOW, Duration.ofHours(-1), PNR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warning horizon");
    }

    @Test
    void the_order_in_which_incidents_come_does_not_change_the_verdict() {
        List<Incident> incidents = new ArrayList<>(List.of(
                incident(1).unusable().build(), incident(2).criticalSales().build(), incident(3).dataAtRisk().build()));
        Assessment forward = RollbackPolicies.assess(incidents, WINDOW, Duration.ofHours(4), beforePnr(H3));
        Collections.reverse(incidents);
        Assessment backward = RollbackPolicies.assess(incidents, WINDOW, Duration.ofHours(4), beforePnr(H3));

        assertThat(backward.policies()).isEqualTo(forward.policies());
        assertThat(backward.sameVerdictAs(forward)).isTrue();
    }

    // --- The runbook's projection of the upgrade -------------------------------------------------------------

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The weekend of the fixtures before the upgraded system is observed back. */
    private static final RollbackWindow NOT_BACK = new RollbackWindow(null, PNR, BUSINESS_RESUME);
    /** Projected back half an hour after the point of no return. */
    private static final UpgradeProjection LATE = new UpgradeProjection(PNR.plus(MIN30), true);

    private static Assessment assess(RollbackWindow window, UpgradeProjection upgrade, Duration timeLeft,
                                     Incident... incidents) {
        return RollbackPolicies.assess(List.of(incidents), window, upgrade, LONDON,
                RollbackPolicies.DEFAULT_WARNING_HORIZON, beforePnr(timeLeft));
    }

    @Test
    void an_upgrade_projected_back_after_the_point_of_no_return_calls_for_a_decision_without_any_incident() {
        Assessment a = assess(NOT_BACK, LATE, H10);

        assertThat(a.recommendation()).isEqualTo(DECIDE_NOW);
        assertThat(a.reasons()).singleElement().satisfies(r -> {
            assertThat(r.policy()).isEqualTo(UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN.name());
            assertThat(r.incidentIds()).isEmpty();
            // 14:30Z and 14:00Z on a June Sunday are 15:30 and 15:00 in London (BST).
            assertThat(r.explanation()).isEqualTo("the upgraded system is projected back at Sun 7 Jun 2026 15:30 "
                    + "(Europe/London), after the point of no return Sun 7 Jun 2026 15:00 (Europe/London): once it is "
                    + "back there is no time left to restore the backup before business resume");
        });
        assertThat(a.rollbackWouldLose()).as("nothing entered on a system that is not back").isZero();
    }

    @Test
    void an_upgrade_projected_back_in_time_or_not_projected_weighs_nothing() {
        assertThat(assess(NOT_BACK, new UpgradeProjection(PNR.minus(H2), false), H10).policies())
                .containsExactly(NO_ROLLBACK_REASON.name());
        assertThat(assess(NOT_BACK, UpgradeProjection.NONE, H10).policies()).containsExactly(NO_ROLLBACK_REASON.name());
        assertThat(RollbackPolicies.assess(List.of(), NOT_BACK, RollbackPolicies.DEFAULT_WARNING_HORIZON, beforePnr(H10))
                .recommendation()).isEqualTo(FIX_FORWARD);
    }

    @Test
    void the_projection_no_longer_applies_once_the_point_of_no_return_passed() {
        assertThat(assess(NOT_BACK, LATE, Duration.ZERO).policies())
                .containsExactly(PAST_POINT_OF_NO_RETURN.name(), NO_ROLLBACK_REASON.name());
        assertThat(assess(NOT_BACK, LATE, AFTER_1H).recommendation()).isEqualTo(FIX_FORWARD);
        assertThat(assess(NOT_BACK, LATE, Duration.ofSeconds(1)).recommendation()).isEqualTo(DECIDE_NOW);
    }

    @Test
    void once_the_system_is_observed_back_the_projection_no_longer_counts() {
        assertThat(assess(WINDOW, LATE, H10).policies()).containsExactly(NO_ROLLBACK_REASON.name());
    }

    @Test
    void the_projection_is_weighed_with_the_incidents() {
        Incident unusable = incident(1).unusable().build();
        Incident criticalWithWorkaround = incident(2).criticalSales().workaround().build();

        Assessment down = assess(NOT_BACK, LATE, H10, unusable);
        assertThat(down.recommendation()).isEqualTo(ROLL_BACK);
        assertThat(down.policies()).containsExactly(SYSTEM_UNUSABLE.name(), UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN.name());

        Assessment near = assess(NOT_BACK, LATE, H3, criticalWithWorkaround);
        assertThat(near.recommendation()).isEqualTo(DECIDE_NOW);
        assertThat(near.policies()).containsExactly(CRITICAL_OPEN_NEAR_PNR.name(),
                UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN.name());
    }

    @Test
    void a_projection_that_moves_but_still_crosses_is_the_same_verdict_one_that_stops_crossing_is_not() {
        Assessment late = assess(NOT_BACK, LATE, H10);
        Assessment later = assess(NOT_BACK, new UpgradeProjection(PNR.plus(H2), true), H10);
        Assessment inTime = assess(NOT_BACK, new UpgradeProjection(PNR.minus(MIN30), false), H10);

        assertThat(later.sameVerdictAs(late)).isTrue();
        assertThat(inTime.sameVerdictAs(late)).isFalse();
        assertThat(inTime.recommendation()).isEqualTo(FIX_FORWARD);
    }

    @Test
    void the_zone_is_required() {
        assertThatThrownBy(() -> RollbackPolicies.assess(List.of(), NOT_BACK, LATE, null, Duration.ofHours(4), PNR))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("zone");
    }
}
