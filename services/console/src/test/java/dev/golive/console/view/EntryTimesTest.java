package dev.golive.console.view;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryTimesTest {

    @Test
    void a_typed_time_is_read_on_the_clock_of_the_zone_named() throws Exception {
        assertThat(EntryTimes.parse("2026-12-26T09:00", "Europe/Brussels")).isEqualTo(Instant.parse("2026-12-26T08:00:00Z"));
        assertThat(EntryTimes.parse("2026-12-26T09:00", "America/Chicago")).isEqualTo(Instant.parse("2026-12-26T15:00:00Z"));
    }

    @Test
    void a_time_the_clocks_skip_is_refused_in_words() {
        // 29 March 2026: Brussels goes from 02:00 straight to 03:00
        assertThatThrownBy(() -> EntryTimes.parse("2026-03-29T02:30", "Europe/Brussels"))
                .isInstanceOf(EntryTimes.Unreadable.class)
                .hasMessageContaining("does not exist in Europe/Brussels");
    }

    @Test
    void a_time_the_clocks_go_back_over_is_its_first_occurrence() throws Exception {
        // 25 October 2026: Brussels goes from 03:00 summer time back to 02:00; 02:30 happens twice
        assertThat(EntryTimes.parse("2026-10-25T02:30", "Europe/Brussels")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void what_cannot_be_read_says_so() {
        assertThatThrownBy(() -> EntryTimes.parse("", "Europe/Brussels")).hasMessage("is required");
        assertThatThrownBy(() -> EntryTimes.parse("Saturday", "Europe/Brussels")).hasMessageContaining("must be a date and time");
        assertThatThrownBy(() -> EntryTimes.parse("2026-12-26T09:00", "Mars/Olympus")).hasMessageContaining("not known");
    }

    @Test
    void an_instant_is_written_back_as_a_typed_time() {
        assertThat(EntryTimes.value("2026-12-26T08:00:00Z", "Europe/Brussels")).isEqualTo("2026-12-26T09:00");
        assertThat(EntryTimes.value(null, "Europe/Brussels")).isEmpty();
    }
}
