package dev.golive.planner.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.WeekendFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which observed fact, milestone, sign-off or rollback decision moves the status, as a table. */
class WeekendProgressTest {

    private static final Instant T = Instant.parse("2026-12-11T16:00:00Z");

    /**
     * The weekend so far, each letter one thing known, in the order it became known: D downtime
     * observed, B system observed back, R technical review's end reached, U business observed
     * resumed, S signed off ("-": nothing).
     */
    private static WeekendProgress.Weekend weekend(String known) {
        Instant[] at = new Instant[5];
        for (int i = 0; i < known.length(); i++) {
            int slot = "DBRUS".indexOf(known.charAt(i));
            if (slot >= 0) {
                at[slot] = T.plusSeconds(60L * i);
            }
        }
        return new WeekendProgress.Weekend(at[0], at[1], at[2], at[3], at[4]);
    }

    @ParameterizedTest(name = "{0} knowing {1} -> {2} ({3})")
    @CsvSource({
            // The downtime counts when observed after a GO, not when its milestone is reached.
            "GO_NO_GO_PASSED, -, , ",
            "GO_NO_GO_PASSED, D, IN_PROGRESS, production went down after a GO decision",
            "SCHEDULED, D, , ",
            // Weekend testing once the review's end is reached and the system is back, whichever is last.
            "IN_PROGRESS, D, , ",
            "IN_PROGRESS, DR, , ",
            "IN_PROGRESS, DB, , ",
            "IN_PROGRESS, DRB, WEEKEND_TESTING, the system came back after the technical review's end",
            "IN_PROGRESS, DBR, WEEKEND_TESTING, technical review ended with the system back",
            "SCHEDULED, BR, , ",
            // Completed once business is observed resumed and the weekend signed off, whichever is last.
            "WEEKEND_TESTING, DBRU, , ",
            "WEEKEND_TESTING, DBRS, , ",
            "WEEKEND_TESTING, DBRSU, COMPLETED, business resumed on a signed-off weekend",
            "WEEKEND_TESTING, DBRUS, COMPLETED, weekend signed off after business resumed",
            "ROLLED_BACK, DBRUS, , ",
            "COMPLETED, DBRUS, , ",
            "CANCELLED, D, , ",
    })
    void moves(CutoverStatus status, String known, CutoverStatus expected, String reason) {
        Optional<WeekendProgress.Move> move = WeekendProgress.next(status, weekend("-".equals(known) ? "" : known));
        assertThat(move.map(WeekendProgress.Move::to)).isEqualTo(Optional.ofNullable(expected));
        move.ifPresent(m -> assertThat(StatusTransitions.allowed(status, m.to())).isTrue());
        move.ifPresent(m -> assertThat(m.reason()).contains(reason));
    }

    @ParameterizedTest(name = "a weekend knowing {0} settles from GO_NO_GO_PASSED in {1}")
    @CsvSource({
            // Facts that arrive early count when their turn comes: a compressed weekend's runbook may
            // finish before the technical review's end is reached.
            "DBUS, IN_PROGRESS",
            "DBUSR, COMPLETED",
            "DBR, WEEKEND_TESTING",
            "BRUS, GO_NO_GO_PASSED",
    })
    void moves_apply_until_none_is_left(String known, CutoverStatus settled) {
        CutoverStatus status = CutoverStatus.GO_NO_GO_PASSED;
        for (Optional<WeekendProgress.Move> m = WeekendProgress.next(status, weekend(known)); m.isPresent();
             m = WeekendProgress.next(status, weekend(known))) {
            status = m.get().to();
        }
        assertThat(status).isEqualTo(settled);
    }

    @ParameterizedTest(name = "{1} in {0} refused: {2}")
    @CsvSource({
            "GO_NO_GO_PASSED, DOWNTIME_STARTED, false",
            "IN_PROGRESS, DOWNTIME_STARTED, false",
            "SCHEDULED, DOWNTIME_STARTED, true",
            "GO_NO_GO_FAILED, DOWNTIME_STARTED, true",
            "DRAFT, DOWNTIME_STARTED, true",
            "CANCELLED, DOWNTIME_STARTED, true",
            "IN_PROGRESS, SYSTEM_BACK, false",
            "WEEKEND_TESTING, BUSINESS_RESUMED, false",
            "ROLLED_BACK, SYSTEM_BACK, true",
            "CANCELLED, BUSINESS_RESUMED, true",
    })
    void which_facts_are_accepted(CutoverStatus status, WeekendFact fact, boolean refused) {
        assertThat(WeekendProgress.refusal(status, fact).isPresent()).isEqualTo(refused);
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
