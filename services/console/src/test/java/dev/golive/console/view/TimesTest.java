package dev.golive.console.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTest {

    @Test
    void an_instant_is_shown_on_the_wall_clock_of_the_zone_asked_for() {
        String instant = "2026-12-11T16:00:00Z";
        assertThat(Times.at(instant, "Europe/Paris")).isEqualTo("Fri 11 Dec 2026, 17:00 CET");
        assertThat(Times.at(instant, "America/New_York")).isEqualTo("Fri 11 Dec 2026, 11:00 EST");
    }

    @Test
    void the_same_instant_across_a_clock_change_keeps_its_meaning() {
        // the night the clocks go back in Paris: 02:30 happens twice, the offset tells them apart
        assertThat(Times.at("2026-10-25T00:30:00Z", "Europe/Paris")).isEqualTo("Sun 25 Oct 2026, 02:30 CEST");
        assertThat(Times.at("2026-10-25T01:30:00Z", "Europe/Paris")).isEqualTo("Sun 25 Oct 2026, 02:30 CET");
    }

    @Test
    void the_viewers_time_is_added_only_when_their_zone_differs() {
        assertThat(Times.mine("2026-12-11T16:00:00Z", "Europe/Paris", "Europe/Paris")).isEmpty();
        assertThat(Times.mine("2026-12-11T16:00:00Z", "", "Europe/Paris")).isEmpty();
        assertThat(Times.mine("2026-12-11T16:00:00Z", "Asia/Singapore", "Europe/Paris"))
                .isEqualTo("your time: Sat 12 Dec 2026, 00:00 SGT");
    }

    @Test
    void missing_or_unreadable_values_show_nothing_rather_than_break_the_page() {
        assertThat(Times.at(null, "Europe/Paris")).isEmpty();
        assertThat(Times.at("not a time", "Europe/Paris")).isEmpty();
        assertThat(Times.at("2026-12-11T16:00:00Z", "Mars/Olympus")).isEmpty();
        assertThat(Times.duration("PT3H25M")).isEqualTo("3 h 25 min");
        assertThat(Times.duration("-PT26H")).isEqualTo("−1 d 2 h 0 min");
        assertThat(Times.local("2026-12-11T17:00")).isEqualTo("Fri 11 Dec 2026, 17:00");
    }

    @Test
    void a_projection_is_told_against_its_plan_in_minutes() {
        assertThat(Times.slip("2026-12-12T06:00:00Z", "2026-12-12T08:15:00Z")).isEqualTo("2 h 15 min late");
        assertThat(Times.slip("2026-12-12T06:00:00Z", "2026-12-12T05:40:00Z")).isEqualTo("0 h 20 min early");
        assertThat(Times.slip("2026-12-12T06:00:00Z", "2026-12-12T06:00:30Z")).isEqualTo("on plan");
        assertThat(Times.slip(null, "2026-12-12T06:00:00Z")).isEmpty();
        assertThat(Times.later("2026-12-12T06:00:00Z", "2026-12-12T06:01:00Z")).isTrue();
        assertThat(Times.later("2026-12-12T06:00:00Z", "2026-12-12T06:00:30Z")).isFalse();
    }

    @Test
    void a_margin_below_zero_is_told_apart_however_it_is_spelt() {
        assertThat(Times.negative("PT-2H")).isTrue();
        assertThat(Times.negative("-PT2H")).isTrue();
        assertThat(Times.negative("PT2H")).isFalse();
        assertThat(Times.negative(null)).isFalse();
        assertThat(Times.positive("PT5M")).isTrue();
        assertThat(Times.positive("PT0S")).isFalse();
        assertThat(Times.positive("soon")).isFalse();
    }
}
