package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReminderPlanTest {

    private static final Instant START = Instant.parse("2026-12-04T17:00:00Z");

    @Test
    void by_default_reminders_go_72_24_and_1_hour_before_the_downtime_start() {
        List<Reminder> plan = ReminderPlan.due(START, ReminderPlan.DEFAULT_OFFSETS, START.minus(Duration.ofDays(10)));

        assertThat(plan).extracting(Reminder::at).containsExactly(START.minus(Duration.ofHours(72)),
                START.minus(Duration.ofHours(24)), START.minus(Duration.ofHours(1)));
        assertThat(plan).extracting(Reminder::before).containsExactlyElementsOf(ReminderPlan.DEFAULT_OFFSETS);
        assertThat(plan).allSatisfy(r -> assertThat(r.downtimeStart()).isEqualTo(START));
    }

    @Test
    void reminders_already_past_are_left_out_and_one_due_now_is_kept() {
        Instant now = START.minus(Duration.ofHours(24));

        assertThat(ReminderPlan.due(START, ReminderPlan.DEFAULT_OFFSETS, now)).extracting(Reminder::before)
                .containsExactly(Duration.ofHours(24), Duration.ofHours(1));
        assertThat(ReminderPlan.due(START, ReminderPlan.DEFAULT_OFFSETS, START)).isEmpty();
    }

    @Test
    void the_offsets_are_configurable_and_duplicates_remind_once_in_time_order() {
        List<Reminder> plan = ReminderPlan.due(START, List.of(Duration.ofMinutes(30), Duration.ofHours(48), Duration.ofMinutes(30)),
                START.minus(Duration.ofDays(7)));

        assertThat(plan).extracting(Reminder::before).containsExactly(Duration.ofHours(48), Duration.ofMinutes(30));
    }

    @Test
    void a_moved_window_gets_new_reminder_ids_and_a_kept_start_the_same_ones() {
        Instant now = START.minus(Duration.ofDays(10));
        Set<String> before = ids(ReminderPlan.due(START, ReminderPlan.DEFAULT_OFFSETS, now));
        Set<String> moved = ids(ReminderPlan.due(START.plus(Duration.ofDays(7)), ReminderPlan.DEFAULT_OFFSETS, now));
        Set<String> kept = ids(ReminderPlan.due(START, ReminderPlan.DEFAULT_OFFSETS, now.plusSeconds(60)));

        assertThat(moved).doesNotContainAnyElementsOf(before);
        assertThat(kept).isEqualTo(before);
        assertThat(before).contains("downtime-" + START.getEpochSecond() + "-PT24H");
    }

    @Test
    void a_reminder_notice_is_unique_per_cutover_and_reminder() {
        Reminder r = ReminderPlan.due(START, List.of(Duration.ofHours(1)), START.minus(Duration.ofDays(1))).get(0);

        Notice notice = Notices.downtimeReminder(r, Duration.ZERO, NoticesTest.SCHEDULED);

        assertThat(notice.kind()).isEqualTo(NoticeKind.REMINDER_DOWNTIME);
        assertThat(notice.sourceEventType()).isEqualTo(Reminder.SOURCE_TYPE);
        assertThat(notice.sourceEventId()).isEqualTo("reminder:c-1:" + r.id());
        assertThat(notice.facts()).containsEntry(Facts.DOWNTIME_START, START).containsEntry(Facts.REMINDER_BEFORE, Duration.ofHours(1))
                .containsEntry(Facts.AT, START.minus(Duration.ofHours(1)));
        assertThat(Routing.recipients(notice, List.of(People.sam(), People.tess(), People.oscar(), People.olivia())))
                .extracting(a -> a.recipient().username()).containsOnly("sam", "tess", "olivia");
    }

    @Test
    void an_offset_must_come_before_the_start() {
        assertThatThrownBy(() -> ReminderPlan.due(START, List.of(Duration.ZERO), START.minus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderPlan.due(START, List.of(Duration.ofHours(-1)), START.minus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> ids(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::id).collect(Collectors.toSet());
    }
}
