package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReaderTimeTest {

    @ParameterizedTest(name = "{0} in {1} read in {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # instant             | cutover zone     | reader zone      | language | expected
            2026-12-04T17:00:00Z  | Europe/London    | Europe/Paris     | en       | Friday 17:00 Europe/London — 18:00 your time
            2026-12-04T17:00:00Z  | Europe/London    | Europe/London    | en       | Friday 17:00 Europe/London
            2026-12-04T17:00:00Z  | Europe/London    | Asia/Tokyo       | en       | Friday 17:00 Europe/London — Saturday 02:00 your time
            2026-12-04T17:00:00Z  | Europe/London    | America/New_York | en       | Friday 17:00 Europe/London — 12:00 your time
            2026-12-04T17:00:00Z  | Europe/London    | Europe/Paris     | fr       | vendredi 17:00 Europe/London — 18:00 chez vous
            2026-12-04T17:00:00Z  | Europe/London    | Asia/Tokyo       | fr-CA    | vendredi 17:00 Europe/London — samedi 02:00 chez vous
            2026-12-04T17:00:00Z  | Europe/London    | Europe/Paris     | de       | Friday 17:00 Europe/London — 18:00 your time
            2026-12-05T01:30:00Z  | America/New_York | Europe/London    | en       | Friday 20:30 America/New_York — Saturday 01:30 your time
            """)
    void a_time_is_written_in_the_cutover_zone_then_in_the_reader_zone(String at, String cutoverZone, String readerZone,
                                                                      String language, String expected) {
        assertThat(ReaderTime.describe(Instant.parse(at), ZoneId.of(cutoverZone), ZoneId.of(readerZone),
                Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # In the weeks of March between the American (8 March 2026) and the European (29 March) change,
            # New York is 4 hours behind London instead of 5; before and after, 5.
            2026-03-06T22:00:00Z | America/New_York | Europe/London    | Friday 17:00 America/New_York — 22:00 your time
            2026-03-13T21:00:00Z | America/New_York | Europe/London    | Friday 17:00 America/New_York — 21:00 your time
            2026-03-27T21:00:00Z | America/New_York | Europe/London    | Friday 17:00 America/New_York — 21:00 your time
            2026-04-03T21:00:00Z | America/New_York | Europe/London    | Friday 17:00 America/New_York — 22:00 your time
            2026-03-13T17:00:00Z | Europe/London    | America/New_York | Friday 17:00 Europe/London — 13:00 your time
            2026-03-06T17:00:00Z | Europe/London    | America/New_York | Friday 17:00 Europe/London — 12:00 your time
            2026-04-03T16:00:00Z | Europe/London    | America/New_York | Friday 17:00 Europe/London — 12:00 your time
            """)
    void each_side_uses_the_offset_of_its_zone_at_that_instant(String at, String cutoverZone, String readerZone,
                                                               String expected) {
        assertThat(ReaderTime.describe(Instant.parse(at), ZoneId.of(cutoverZone), ZoneId.of(readerZone), Locale.ENGLISH))
                .isEqualTo(expected);
    }

    @Test
    void the_same_wall_clock_twice_in_the_autumn_overlap_reads_differently_for_a_reader_elsewhere() {
        // 25 October 2026: London reads 01:30 twice (BST, then GMT); New York has not changed yet.
        assertThat(ReaderTime.describe(Instant.parse("2026-10-25T00:30:00Z"), People.LONDON, People.NEW_YORK, Locale.ENGLISH))
                .isEqualTo("Sunday 01:30 Europe/London — Saturday 20:30 your time");
        assertThat(ReaderTime.describe(Instant.parse("2026-10-25T01:30:00Z"), People.LONDON, People.NEW_YORK, Locale.ENGLISH))
                .isEqualTo("Sunday 01:30 Europe/London — Saturday 21:30 your time");
    }

    @Test
    void a_reader_whose_clock_reads_the_same_gets_no_second_time() {
        // Lisbon and London share their offsets all year.
        assertThat(ReaderTime.describe(Instant.parse("2026-07-03T16:00:00Z"), People.LONDON, ZoneId.of("Europe/Lisbon"),
                Locale.ENGLISH)).isEqualTo("Friday 17:00 Europe/London");
    }

    @Test
    void far_away_times_carry_the_date() {
        assertThat(ReaderTime.describe(Instant.parse("2026-12-04T17:00:00Z"), People.LONDON, People.PARIS, Locale.ENGLISH, true))
                .isEqualTo("Friday 4 December 17:00 Europe/London — 18:00 your time");
        assertThat(ReaderTime.describe(Instant.parse("2026-12-04T17:00:00Z"), People.LONDON, ZoneId.of("Asia/Tokyo"),
                Locale.FRENCH, true)).isEqualTo("vendredi 4 décembre 17:00 Europe/London — samedi 5 décembre 02:00 chez vous");
    }
}
