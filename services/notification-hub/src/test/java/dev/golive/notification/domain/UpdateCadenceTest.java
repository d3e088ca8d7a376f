package dev.golive.notification.domain;

import dev.golive.contracts.cutover.CutoverStatus;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UpdateCadenceTest {

    private static final Instant LAST = Instant.parse("2026-12-04T19:00:00Z");

    @ParameterizedTest
    @EnumSource(value = CutoverStatus.class, names = {"IN_PROGRESS", "WEEKEND_TESTING"})
    void during_the_go_live_the_next_update_is_due_two_hours_after_the_last(CutoverStatus status) {
        UpdateCadence.NextUpdate next = UpdateCadence.defaults().next(NoticesTest.context(status, 1), LAST).orElseThrow();

        assertThat(next.dueBy()).isEqualTo(LAST.plus(Duration.ofHours(2)));
        assertThat(next.lastUpdateAt()).isEqualTo(LAST);
    }

    @ParameterizedTest
    @EnumSource(value = CutoverStatus.class, names = {"IN_PROGRESS", "WEEKEND_TESTING"}, mode = EnumSource.Mode.EXCLUDE)
    void outside_the_go_live_nothing_is_owed(CutoverStatus status) {
        assertThat(UpdateCadence.defaults().next(NoticesTest.context(status, 1), LAST)).isEmpty();
        assertThat(UpdateCadence.defaults().next(CutoverContext.unknown("c-1"), LAST)).isEmpty();
    }

    @Test
    void an_update_is_overdue_from_its_deadline_on() {
        UpdateCadence.NextUpdate next = new UpdateCadence(Duration.ofMinutes(90))
                .next(NoticesTest.context(CutoverStatus.IN_PROGRESS, 1), LAST).orElseThrow();
        Instant due = LAST.plus(Duration.ofMinutes(90));

        assertThat(next.overdue(due.minusNanos(1))).isFalse();
        assertThat(next.overdue(due)).isTrue();
        assertThat(next.overdue(due.plusSeconds(3600))).isTrue();
    }

    @Test
    void what_tells_business_stakeholders_how_it_goes_resets_the_clock_and_an_overdue_reminder_does_not() {
        assertThat(EnumSet.allOf(NoticeKind.class).stream().filter(NoticeKind::updatesStakeholders).toList())
                .contains(NoticeKind.DOWNTIME_STARTED, NoticeKind.SYSTEM_BACK, NoticeKind.STAKEHOLDER_UPDATE,
                        NoticeKind.ROLLBACK_DECIDED, NoticeKind.WEEKEND_SIGNED_OFF)
                .doesNotContain(NoticeKind.UPDATE_OVERDUE, NoticeKind.INCIDENT_OPENED, NoticeKind.PAGE);
        Notice update = Notices.stakeholderUpdate("u-1", "Upgrade at 60 %, on time", "olivia", LAST,
                LAST.plus(Duration.ofHours(2)), NoticesTest.context(CutoverStatus.IN_PROGRESS, 1));
        assertThat(UpdateCadence.countsAsUpdate(update)).isTrue();
        assertThat(update.facts()).containsEntry(Facts.TEXT, "Upgrade at 60 %, on time")
                .containsEntry(Facts.NEXT_UPDATE_BY, LAST.plus(Duration.ofHours(2))).containsEntry(Facts.BY, "olivia");
    }

    @Test
    void one_overdue_reminder_per_missed_deadline_reaches_business_stakeholders_and_the_ops_lead() {
        CutoverContext live = NoticesTest.context(CutoverStatus.IN_PROGRESS, 1);
        UpdateCadence.NextUpdate next = UpdateCadence.defaults().next(live, LAST).orElseThrow();

        Notice overdue = Notices.updateOverdue(next, next.dueBy(), Duration.ZERO, live);
        Notice again = Notices.updateOverdue(next, next.dueBy().plusSeconds(30), Duration.ofSeconds(30), live);

        assertThat(overdue.key()).isEqualTo(again.key());
        assertThat(UpdateCadence.countsAsUpdate(overdue)).isFalse();
        assertThat(overdue.facts()).containsEntry(Facts.LAST_UPDATE_AT, LAST).containsEntry(Facts.NEXT_UPDATE_BY, next.dueBy());
        assertThat(Routing.recipients(overdue, List.of(People.sam(), People.olivia(), People.oscar(), People.tess())))
                .extracting(a -> a.recipient().username()).containsOnly("sam", "olivia");
    }

    @Test
    void the_interval_is_positive() {
        assertThatThrownBy(() -> new UpdateCadence(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CutoverContext("c", "n", People.LONDON, Optional.empty(), 0, Map.of()).live()).isFalse();
    }
}
