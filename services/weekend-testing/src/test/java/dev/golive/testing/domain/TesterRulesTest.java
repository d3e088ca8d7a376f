package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.Weekend.knows;
import static dev.golive.testing.domain.Weekend.sat;
import static dev.golive.testing.domain.Weekend.slot;
import static dev.golive.testing.domain.Weekend.sun;
import static dev.golive.testing.domain.Weekend.tester;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TesterRulesTest {

    private static Tester withSlots(Slot... slots) {
        return tester("ana", 8, knows(SALES), slots);
    }

    private static Tester withZone(String zone) {
        return new Tester("ana", "Ana", "ana", "ana@example.com", zone, knows(SALES), List.of(), 8);
    }

    private static Tester withHours(int hours) {
        return tester("ana", hours, knows(SALES));
    }

    @Test
    void a_complete_tester_is_valid() {
        assertThat(TesterRules.check(withSlots(slot(sat("09:00"), sat("12:00")), slot(sun("10:00"), sun("16:00"))))).isEmpty();
    }

    @Test
    void someone_without_availability_this_weekend_is_still_a_valid_tester() {
        assertThat(TesterRules.check(withSlots())).isEmpty();
    }

    @Test
    void every_field_but_availability_content_is_required() {
        Tester bare = new Tester("", null, " ", "", null, Set.of(), null, 8);

        assertThat(TesterRules.check(bare)).containsExactly(
                new FieldViolation("id", "is required"),
                new FieldViolation("name", "is required"),
                new FieldViolation("username", "is required"),
                new FieldViolation("contact", "is required"),
                new FieldViolation("zone", "is required"),
                new FieldViolation("areas", "must name at least one area"),
                new FieldViolation("availability", "is required (it may be empty)"));
        assertThat(TesterRules.check((Tester) null)).containsExactly(new FieldViolation("tester", "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Brussels", "America/New_York", "Asia/Kolkata", "UTC", "Pacific/Chatham"})
    void an_iana_zone_is_valid(String zone) {
        assertThat(TesterRules.check(withZone(zone))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+02:00", "GMT+2", "Europe/Brusels", "CEST", "europe/brussels"})
    void an_offset_an_abbreviation_or_a_misspelt_zone_is_not(String zone) {
        assertThat(TesterRules.check(withZone(zone))).containsExactly(new FieldViolation("zone",
                "must be an IANA time zone such as Europe/Brussels, was \"" + zone + "\""));
    }

    @ParameterizedTest(name = "{0} h: {1}")
    @CsvSource({
            "0,  'must be from 1 to 48, was 0'",
            "1,  ",
            "48, ",
            "49, 'must be from 1 to 48, was 49'"})
    void the_maximum_lies_between_one_and_forty_eight_hours(int hours, String message) {
        var violations = TesterRules.check(withHours(hours));

        if (message == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).containsExactly(new FieldViolation("maxHours", message));
        }
    }

    @Test
    void a_slot_must_start_before_it_ends() {
        assertThat(TesterRules.check(withSlots(slot(sat("12:00"), sat("12:00")), slot(sat("15:00"), sat("14:00")))))
                .containsExactly(
                        new FieldViolation("availability[0].end", "must be after its start (" + sat("12:00") + "), was " + sat("12:00")),
                        new FieldViolation("availability[1].end", "must be after its start (" + sat("15:00") + "), was " + sat("14:00")));
        assertThat(TesterRules.check(withSlots(slot(null, sat("12:00")))))
                .containsExactly(new FieldViolation("availability[0].start", "is required"));
    }

    @Test
    void slots_that_overlap_are_named_on_the_later_one_in_the_list() {
        Tester ana = withSlots(slot(sat("13:00"), sat("15:00")), slot(sat("09:00"), sat("12:00")),
                slot(sat("11:00"), sat("14:00")));

        assertThat(TesterRules.check(ana)).containsExactly(
                new FieldViolation("availability[2]", "overlaps availability[0]"),
                new FieldViolation("availability[2]", "overlaps availability[1]"));
    }

    @Test
    void slots_that_only_touch_do_not_overlap() {
        assertThat(TesterRules.check(withSlots(slot(sat("09:00"), sat("12:00")), slot(sat("12:00"), sat("14:00"))))).isEmpty();
    }

    @Test
    void a_username_is_a_login() {
        Tester spaced = new Tester("ana", "Ana", "ana maria", "ana@example.com", "Europe/Brussels", knows(SALES), List.of(), 8);

        assertThat(TesterRules.check(spaced)).containsExactly(
                new FieldViolation("username", "must be a login of letters, digits and . _ @ -, was \"ana maria\""));
    }

    @Test
    void two_testers_cannot_share_an_id_nor_a_username_whatever_its_case() {
        Tester ana = tester("ana", 8, knows(SALES));
        Tester again = tester("ana", 4, knows(SALES));
        Tester shouting = new Tester("bob", "Bob", "ANA.USER", "bob@example.com", "Europe/Brussels", knows(SALES),
                List.of(), 8);

        assertThat(TesterRules.check(List.of(ana, again, shouting))).containsExactly(
                new FieldViolation("testers[1].id", "is the id of testers[0] too"),
                new FieldViolation("testers[1].username", "is the username of testers[0] too"),
                new FieldViolation("testers[2].username", "is the username of testers[0] too"));
    }

    @Test
    void a_set_names_each_violation_with_the_position_of_its_tester() {
        assertThat(TesterRules.check(List.of(tester("ana", 8, knows(SALES)), tester("bob", 0, knows(SALES)))))
                .containsExactly(new FieldViolation("testers[1].maxHours", "must be from 1 to 48, was 0"));
    }
}
