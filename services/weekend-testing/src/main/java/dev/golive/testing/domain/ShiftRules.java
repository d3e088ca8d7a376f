package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the shifts of a roster, named {@code shifts[i].field}: a non-blank {@code id} and
 * {@code person} (at most {@value #MAX_TEXT} characters each), a {@code role}, a {@code start} and
 * an {@code end} after it; no two shifts share an id. Whether the roster covers the weekend and
 * whether someone is booked twice is {@link RosterCheck}'s question, not a rule: a roster with a
 * gap can be saved while it is being filled in.
 */
public final class ShiftRules {

    public static final int MAX_TEXT = 200;

    private ShiftRules() {
    }

    public static List<FieldViolation> check(List<Shift> shifts) {
        if (shifts == null) {
            return List.of(new FieldViolation("shifts", "is required"));
        }
        List<FieldViolation> v = new ArrayList<>();
        Map<String, Integer> firstWithId = new HashMap<>();
        for (int i = 0; i < shifts.size(); i++) {
            String prefix = "shifts[" + i + "]";
            Shift s = shifts.get(i);
            if (s == null) {
                v.add(new FieldViolation(prefix, "is required"));
                continue;
            }
            text(v, prefix + ".id", s.id());
            text(v, prefix + ".person", s.person());
            if (s.role() == null) {
                v.add(new FieldViolation(prefix + ".role", "is required"));
            }
            if (s.start() == null) {
                v.add(new FieldViolation(prefix + ".start", "is required"));
            }
            if (s.end() == null) {
                v.add(new FieldViolation(prefix + ".end", "is required"));
            } else if (s.start() != null && !s.start().isBefore(s.end())) {
                v.add(new FieldViolation(prefix + ".end", "must be after its start (" + s.start() + "), was " + s.end()));
            }
            if (present(s.id())) {
                Integer first = firstWithId.putIfAbsent(s.id(), i);
                if (first != null) {
                    v.add(new FieldViolation(prefix + ".id", "is the id of shifts[" + first + "] too"));
                }
            }
        }
        return List.copyOf(v);
    }

    private static void text(List<FieldViolation> v, String field, String value) {
        if (!present(value)) {
            v.add(new FieldViolation(field, "is required"));
        } else if (value.length() > MAX_TEXT) {
            v.add(new FieldViolation(field, "must be at most " + MAX_TEXT + " characters, was " + value.length()));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
