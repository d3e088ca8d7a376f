package dev.golive.problems;

import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading request values into domain types while collecting what is wrong, so that a request is
 * refused once with every offending field named (422), before anything is written.
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    /** Adds the rules' violations for fields not named yet (a field read wrongly is reported once). */
    public void addRules(List<FieldViolation> rules) {
        Set<String> named = found.stream().map(FieldViolation::field).collect(Collectors.toSet());
        rules.stream().filter(v -> !named.contains(v.field())).forEach(found::add);
    }

    /** Adds every violation as found (the rules of a domain, say), even for a field named already. */
    public void addAll(List<FieldViolation> violations) {
        found.addAll(violations);
    }

    public List<FieldViolation> found() {
        return List.copyOf(found);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a 422 naming every field when something was found. */
    public void refuse() {
        ProblemException.refuseIfAny(found);
    }

    /** The enum constant named {@code value} (any case); null and a violation when it is missing or unknown. */
    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** A required integer; 0 and a violation when missing (the rules then report nothing more for it). */
    public int required(String field, Integer value) {
        if (value == null) {
            add(field, "is required");
            return 0;
        }
        return value;
    }

    public static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
