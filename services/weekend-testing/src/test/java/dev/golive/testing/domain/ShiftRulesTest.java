package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.golive.testing.domain.ShiftRole.PRIMARY;
import static dev.golive.testing.domain.ShiftRole.SECONDARY;
import static dev.golive.testing.domain.Weekend.sat;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShiftRulesTest {

    @Test
    void complete_shifts_are_valid() {
        assertThat(ShiftRules.check(List.of(new Shift("p1", "dev-a", PRIMARY, sat("08:00"), sat("16:00")),
                new Shift("s1", "dev-b", SECONDARY, sat("08:00"), sat("16:00"))))).isEmpty();
    }

    @Test
    void every_field_is_required() {
        assertThat(ShiftRules.check(Arrays.asList(new Shift(" ", null, null, null, null), null))).containsExactly(
                new FieldViolation("shifts[0].id", "is required"),
                new FieldViolation("shifts[0].person", "is required"),
                new FieldViolation("shifts[0].role", "is required"),
                new FieldViolation("shifts[0].start", "is required"),
                new FieldViolation("shifts[0].end", "is required"),
                new FieldViolation("shifts[1]", "is required"));
        assertThat(ShiftRules.check(null)).containsExactly(new FieldViolation("shifts", "is required"));
    }

    @Test
    void a_shift_ends_after_it_starts() {
        assertThat(ShiftRules.check(List.of(new Shift("p1", "dev-a", PRIMARY, sat("16:00"), sat("16:00")))))
                .containsExactly(new FieldViolation("shifts[0].end",
                        "must be after its start (" + sat("16:00") + "), was " + sat("16:00")));
    }

    @Test
    void two_shifts_cannot_share_an_id() {
        assertThat(ShiftRules.check(List.of(new Shift("p1", "dev-a", PRIMARY, sat("08:00"), sat("16:00")),
                new Shift("p1", "dev-b", PRIMARY, sat("16:00"), sat("20:00")))))
                .containsExactly(new FieldViolation("shifts[1].id", "is the id of shifts[0] too"));
    }
}
