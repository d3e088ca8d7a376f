package dev.golive.planner.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.Milestone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which milestone, sign-off or rollback decision moves the status, as a table. */
class WeekendProgressTest {

    @ParameterizedTest(name = "{0} at {1} (signed off {2}) -> {3}")
    @CsvSource({
            "GO_NO_GO_PASSED, DOWNTIME_START, false, IN_PROGRESS",
            "SCHEDULED, DOWNTIME_START, false, ",
            "GO_NO_GO_FAILED, DOWNTIME_START, false, ",
            "IN_PROGRESS, TECHNICAL_REVIEW_END, false, WEEKEND_TESTING",
            "SCHEDULED, TECHNICAL_REVIEW_END, false, ",
            "WEEKEND_TESTING, BUSINESS_RESUME, true, COMPLETED",
            "WEEKEND_TESTING, BUSINESS_RESUME, false, ",
            "ROLLED_BACK, BUSINESS_RESUME, true, ",
            "SCHEDULED, GO_NO_GO, false, ",
            "IN_PROGRESS, SYSTEM_BACK_EXPECTED, false, ",
            "WEEKEND_TESTING, WEEKEND_TESTING_END, true, ",
    })
    void milestones(CutoverStatus status, Milestone milestone, boolean signedOff, CutoverStatus expected) {
        Optional<WeekendProgress.Move> move = WeekendProgress.onMilestone(status, milestone, signedOff);
        assertThat(move.map(WeekendProgress.Move::to)).isEqualTo(Optional.ofNullable(expected));
        move.ifPresent(m -> assertThat(StatusTransitions.allowed(status, m.to())).isTrue());
    }

    @ParameterizedTest(name = "without a GO, {0} at {1} is flagged: {2}")
    @CsvSource({
            "SCHEDULED, DOWNTIME_START, true",
            "GO_NO_GO_FAILED, DOWNTIME_START, true",
            "GO_NO_GO_PASSED, DOWNTIME_START, false",
            "CANCELLED, DOWNTIME_START, false",
            "SCHEDULED, GO_NO_GO, false",
    })
    void downtime_without_go(CutoverStatus status, Milestone milestone, boolean flagged) {
        assertThat(WeekendProgress.startsWithoutGo(status, milestone)).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "sign-off in {0}, business resumed {1} -> {2}")
    @CsvSource({
            "WEEKEND_TESTING, true, COMPLETED",
            "WEEKEND_TESTING, false, ",
            "IN_PROGRESS, true, ",
            "COMPLETED, true, ",
    })
    void sign_off(CutoverStatus status, boolean businessResumed, CutoverStatus expected) {
        assertThat(WeekendProgress.onSignOff(status, businessResumed).map(WeekendProgress.Move::to))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{1} in {0} -> {2}")
    @CsvSource({
            "IN_PROGRESS, ROLL_BACK, ROLLED_BACK",
            "WEEKEND_TESTING, ROLL_BACK, ROLLED_BACK",
            "WEEKEND_TESTING, PROCEED, ",
            "GO_NO_GO_PASSED, ROLL_BACK, ",
            "COMPLETED, ROLL_BACK, ",
    })
    void rollback_decision(CutoverStatus status, String decision, CutoverStatus expected) {
        assertThat(WeekendProgress.onRollbackDecision(status, decision).map(WeekendProgress.Move::to))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
