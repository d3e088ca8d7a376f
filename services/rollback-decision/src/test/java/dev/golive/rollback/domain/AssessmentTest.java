package dev.golive.rollback.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.golive.rollback.domain.Incidents.BUSINESS_RESUME;
import static dev.golive.rollback.domain.Incidents.PNR;
import static dev.golive.rollback.domain.Incidents.SYSTEM_BACK;
import static dev.golive.rollback.domain.Incidents.WINDOW;
import static dev.golive.rollback.domain.Incidents.beforePnr;
import static dev.golive.rollback.domain.Incidents.id;
import static dev.golive.rollback.domain.Incidents.incident;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AssessmentTest {

    private static final Duration HORIZON = RollbackPolicies.DEFAULT_WARNING_HORIZON;
    private static final Incident CRITICAL_WITH_WORKAROUND = incident(1).criticalSales().workaround().build();
    private static final Incident CRITICAL_NO_ESTIMATE = incident(2).criticalSales().build();

    private static Assessment at(Instant now, Incident... incidents) {
        return RollbackPolicies.assess(List.of(incidents), WINDOW, HORIZON, now);
    }

    @Test
    void a_minute_later_the_explanations_change_but_the_verdict_does_not() {
        Assessment first = at(beforePnr(Duration.ofHours(3)), CRITICAL_WITH_WORKAROUND, CRITICAL_NO_ESTIMATE);
        Assessment minuteLater = at(beforePnr(Duration.ofHours(3)).plusSeconds(60), CRITICAL_WITH_WORKAROUND, CRITICAL_NO_ESTIMATE);

        assertThat(minuteLater.reasons()).isNotEqualTo(first.reasons());
        assertThat(minuteLater.timeToPointOfNoReturn()).isNotEqualTo(first.timeToPointOfNoReturn());
        assertThat(minuteLater.rollbackWouldLose()).isNotEqualTo(first.rollbackWouldLose());
        assertThat(minuteLater.sameVerdictAs(first)).isTrue();
        assertThat(first.sameVerdictAs(minuteLater)).isTrue();
    }

    @Test
    void a_new_critical_incident_changes_the_verdict_even_with_the_same_recommendation() {
        Assessment before = at(beforePnr(Duration.ofHours(3)), CRITICAL_WITH_WORKAROUND);
        Assessment after = at(beforePnr(Duration.ofHours(3)), CRITICAL_WITH_WORKAROUND,
                incident(3).critical().flow(BusinessFlow.REPORTING).build());

        assertThat(after.recommendation()).isEqualTo(before.recommendation());
        assertThat(after.sameVerdictAs(before)).isFalse();
    }

    @Test
    void a_new_low_incident_that_no_policy_names_does_not_change_the_verdict() {
        Assessment before = at(beforePnr(Duration.ofHours(10)));
        Assessment after = at(beforePnr(Duration.ofHours(10)), incident(3).build());

        assertThat(after.openIncidentIds()).containsExactly(id(3));
        assertThat(after.sameVerdictAs(before)).isTrue();
    }

    @Test
    void crossing_the_warning_horizon_changes_the_verdict() {
        Assessment outside = at(beforePnr(Duration.ofHours(4).plusMinutes(1)), CRITICAL_WITH_WORKAROUND);
        Assessment inside = at(beforePnr(Duration.ofHours(4)), CRITICAL_WITH_WORKAROUND);

        assertThat(inside.sameVerdictAs(outside)).isFalse();
    }

    @Test
    void crossing_the_point_of_no_return_changes_the_verdict_even_when_rolling_back_stays_recommended() {
        Assessment before = at(beforePnr(Duration.ofMinutes(1)), CRITICAL_NO_ESTIMATE);
        Assessment after = at(PNR, CRITICAL_NO_ESTIMATE);

        assertThat(after.recommendation()).isEqualTo(before.recommendation()).isEqualTo(Recommendation.ROLL_BACK);
        assertThat(after.sameVerdictAs(before)).isFalse();
    }

    @Test
    void a_moved_point_of_no_return_changes_the_verdict() {
        Instant now = beforePnr(Duration.ofHours(10));
        Assessment planned = at(now);
        RollbackWindow moved = new RollbackWindow(SYSTEM_BACK, PNR.plusSeconds(1800), BUSINESS_RESUME);
        Assessment rescheduled = RollbackPolicies.assess(List.of(), moved, HORIZON, now);

        assertThat(rescheduled.recommendation()).isEqualTo(planned.recommendation());
        assertThat(rescheduled.sameVerdictAs(planned)).isFalse();
    }

    @Test
    void the_order_of_a_reasons_incidents_does_not_count() {
        Reason ab = new Reason("SYSTEM_UNUSABLE", Recommendation.ROLL_BACK, "a, b", List.of(id(1), id(2)));
        Reason ba = new Reason("SYSTEM_UNUSABLE", Recommendation.ROLL_BACK, "b, a", List.of(id(2), id(1)));
        Reason a = new Reason("SYSTEM_UNUSABLE", Recommendation.ROLL_BACK, "a", List.of(id(1)));

        assertThat(assessment(ab).sameVerdictAs(assessment(ba))).isTrue();
        assertThat(assessment(ab).sameVerdictAs(assessment(a))).isFalse();
    }

    @Test
    void more_incidents_behind_the_named_ones_do_not_change_the_verdict_but_the_first_one_does() {
        List<UUID> named = List.of(id(1), id(2), id(3));
        Assessment three = counted(named, 3);
        Assessment four = counted(named, 4);
        Assessment storm = counted(named, 2_000);

        assertThat(four.sameVerdictAs(three)).isFalse();
        assertThat(storm.sameVerdictAs(four)).isTrue();
        assertThat(three.sameVerdictAs(storm)).isFalse();
        assertThat(counted(List.of(id(1), id(2), id(4)), 2_000).sameVerdictAs(storm)).isFalse();
    }

    @Test
    void nothing_is_the_same_verdict_as_a_missing_assessment() {
        assertThat(at(PNR).sameVerdictAs(null)).isFalse();
    }

    private static Assessment counted(List<UUID> named, long count) {
        Reason reason = new Reason("SYSTEM_UNUSABLE", Recommendation.ROLL_BACK, count + " incidents", named, count);
        return new Assessment(Recommendation.ROLL_BACK, List.of(reason), named, count, Duration.ofHours(1),
                Duration.ofHours(2), PNR);
    }

    private static Assessment assessment(Reason reason) {
        return new Assessment(Recommendation.ROLL_BACK, List.of(reason), List.of(id(1), id(2)), Duration.ofHours(1),
                Duration.ofHours(2), PNR);
    }
}
