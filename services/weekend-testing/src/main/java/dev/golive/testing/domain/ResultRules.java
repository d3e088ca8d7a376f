package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a {@link TestResult}, fields named as in the JSON body: {@code scenarioId},
 * {@code testerId}, {@code outcome} and {@code recordedAt} required; {@code notes} at most
 * {@value #MAX_NOTES} characters, and required for a {@code FAILED} or {@code BLOCKED} result —
 * whoever picks it up needs to know what went wrong or what is in the way.
 */
public final class ResultRules {

    public static final int MAX_NOTES = 4_000;

    private ResultRules() {
    }

    public static List<FieldViolation> check(TestResult result) {
        if (result == null) {
            return List.of(new FieldViolation("result", "is required"));
        }
        List<FieldViolation> v = new ArrayList<>();
        if (!present(result.scenarioId())) {
            v.add(new FieldViolation("scenarioId", "is required"));
        }
        if (!present(result.testerId())) {
            v.add(new FieldViolation("testerId", "is required"));
        }
        if (result.outcome() == null) {
            v.add(new FieldViolation("outcome", "is required"));
        }
        if (result.notes() != null && result.notes().length() > MAX_NOTES) {
            v.add(new FieldViolation("notes", "must be at most " + MAX_NOTES + " characters, was " + result.notes().length()));
        } else if (!present(result.notes()) && result.outcome() == Outcome.FAILED) {
            v.add(new FieldViolation("notes", "are required for a FAILED result: say what went wrong"));
        } else if (!present(result.notes()) && result.outcome() == Outcome.BLOCKED) {
            v.add(new FieldViolation("notes", "are required for a BLOCKED result: say what is in the way"));
        }
        if (result.recordedAt() == null) {
            v.add(new FieldViolation("recordedAt", "is required"));
        }
        return List.copyOf(v);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
