package dev.golive.planner.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalFeedTest {

    private static final Instant DOWN = Instant.parse("2026-12-11T17:00:00Z");
    private static final PersonalFeed.Cutover ACME = new PersonalFeed.Cutover("c1", "Acme 16 → 19", false, 2,
            DOWN.minusSeconds(86_400), DOWN, DOWN.plusSeconds(3 * 86_400));

    private static PersonalFeed.Entry entry(String cutover, String key, String kind, String person, String role) {
        return new PersonalFeed.Entry(cutover, key, kind, person, role, kind + " " + key, DOWN.plusSeconds(3600),
                DOWN.plusSeconds(7200), 3, false);
    }

    @Test
    void a_person_gets_the_weekend_their_own_entries_and_the_tasks_of_roles_they_hold_there() {
        List<PersonalFeed.Entry> entries = List.of(
                entry("c1", "assignment-a1", "TEST", "tess", null),
                entry("c1", "assignment-a2", "TEST", "theo", null),
                entry("c1", "task-t1", "TASK", null, "tester"),
                entry("c1", "task-t2", "TASK", null, "on-call"),
                entry("c2", "assignment-a3", "TEST", "tess", null)); // a cutover she takes no part in

        List<PersonalFeed.Event> feed = PersonalFeed.of("tess", List.of(ACME), Map.of("c1", Set.of("tester")), entries);

        assertThat(feed).extracting(PersonalFeed.Event::uid).containsExactlyInAnyOrder(
                "c1-weekend@golive", "c1-go_no_go@golive", "c1-assignment-a1@golive", "c1-task-t1@golive");
        assertThat(feed.get(0).uid()).as("ordered by start").isEqualTo("c1-go_no_go@golive");
        assertThat(feed).filteredOn(e -> e.uid().equals("c1-weekend@golive")).singleElement()
                .satisfies(e -> {
                    assertThat(e.summary()).isEqualTo("Go-live weekend: Acme 16 → 19");
                    assertThat(e.sequence()).as("the window's revision").isEqualTo(2);
                    assertThat(e.cancelled()).isFalse();
                });
        assertThat(feed).noneMatch(PersonalFeed.Event::cancelled);
    }

    @Test
    void a_cancelled_cutover_keeps_its_events_cancelled_with_a_higher_sequence() {
        PersonalFeed.Cutover cancelled = new PersonalFeed.Cutover("c1", "Acme 16 → 19", true, 2,
                ACME.goNoGo(), ACME.downtimeStart(), ACME.businessResume());

        List<PersonalFeed.Event> feed = PersonalFeed.of("tess", List.of(cancelled), Map.of("c1", Set.of("tester")),
                List.of(entry("c1", "assignment-a1", "TEST", "tess", null)));

        assertThat(feed).hasSize(3).allMatch(PersonalFeed.Event::cancelled)
                .allSatisfy(e -> assertThat(e.description()).startsWith("Cancelled."));
        assertThat(feed).filteredOn(e -> e.uid().equals("c1-weekend@golive")).singleElement()
                .extracting(PersonalFeed.Event::sequence).isEqualTo(3);
        assertThat(feed).filteredOn(e -> e.uid().equals("c1-assignment-a1@golive")).singleElement()
                .extracting(PersonalFeed.Event::sequence).isEqualTo(4);
    }

    @Test
    void an_assignment_taken_away_stays_in_the_feed_as_cancelled() {
        PersonalFeed.Entry removed = new PersonalFeed.Entry("c1", "assignment-a1", "TEST", "tess", null, "Test: invoices",
                DOWN, DOWN.plusSeconds(3600), 5, true);

        List<PersonalFeed.Event> feed = PersonalFeed.of("tess", List.of(ACME), Map.of("c1", Set.of("tester")),
                List.of(removed));

        assertThat(feed).filteredOn(e -> e.uid().equals("c1-assignment-a1@golive")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cancelled()).isTrue();
                    assertThat(e.sequence()).isEqualTo(5);
                });
    }

    @Test
    void a_cutover_without_a_window_has_no_weekend_event() {
        PersonalFeed.Cutover draft = new PersonalFeed.Cutover("c1", "Draft", false, 0, null, null, null);

        assertThat(PersonalFeed.of("olivia", List.of(draft), Map.of("c1", Set.of("ops-lead")), List.of())).isEmpty();
    }
}
