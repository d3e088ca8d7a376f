package dev.golive.problems;

import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The collector of field violations, without an application. */
class ViolationsTest {

    enum Size { SMALL, LARGE }

    @Test
    void collects_every_violation_and_refuses_once_with_all_of_them() {
        Violations violations = new Violations();
        violations.add("name", "is required");
        assertThat(violations.required("count", null)).isZero();
        assertThat(violations.enumValue("size", "huge", Size.class, true)).isNull();

        ProblemException refused = catchThrowableOfType(ProblemException.class, violations::refuse);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.toProblem("/things").errors()).containsExactly(
                new FieldViolation("name", "is required"),
                new FieldViolation("count", "is required"),
                new FieldViolation("size", "'huge' is not one of [SMALL, LARGE]"));
        assertThat(refused.getMessage()).isEqualTo("3 fields are invalid");
    }

    @Test
    void rules_are_added_only_for_fields_not_named_yet_while_add_all_keeps_every_one() {
        Violations violations = new Violations();
        violations.required("count", null);
        List<FieldViolation> rules = List.of(new FieldViolation("count", "must be positive"),
                new FieldViolation("name", "is too long"));

        violations.addRules(rules);
        assertThat(violations.found()).extracting(FieldViolation::message)
                .containsExactly("is required", "is too long");

        violations.addAll(rules);
        assertThat(violations.found()).hasSize(4);
    }

    @Test
    void reading_good_values_finds_nothing_and_refusing_nothing_does_nothing() {
        Violations violations = new Violations();
        assertThat(violations.required("count", 3)).isEqualTo(3);
        assertThat(violations.enumValue("size", " large ", Size.class, true)).isEqualTo(Size.LARGE);
        assertThat(violations.enumValue("size", null, Size.class, false)).isNull();

        assertThat(violations.isEmpty()).isTrue();
        assertThatCode(violations::refuse).doesNotThrowAnyException();
        assertThatCode(() -> ProblemException.refuseIfAny(List.of())).doesNotThrowAnyException();
    }

    @Test
    void refuse_if_any_throws_one_422_for_a_single_violation_naming_it() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> ProblemException.refuseIfAny(List.of(new FieldViolation("zone", "is not a time zone"))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.getMessage()).isEqualTo("zone: is not a time zone");
    }
}
