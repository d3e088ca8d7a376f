package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the changes noted on a result: at most {@value #MAX_CHANGES} (a result notes what
 * struck the tester, not a manual), each with a kind and a non-blank description of at most
 * {@value #MAX_DESCRIPTION} characters. Fields named as in the body: {@code changes[1].description}.
 */
public final class ChangeRules {

    public static final int MAX_CHANGES = 20;
    public static final int MAX_DESCRIPTION = 500;

    private ChangeRules() {
    }

    public static List<FieldViolation> check(List<NotedChange> changes) {
        if (changes == null) {
            return List.of();
        }
        List<FieldViolation> v = new ArrayList<>();
        if (changes.size() > MAX_CHANGES) {
            v.add(new FieldViolation("changes", "must be at most " + MAX_CHANGES + " changes, was " + changes.size()));
        }
        for (int i = 0; i < changes.size(); i++) {
            NotedChange c = changes.get(i);
            String at = "changes[" + i + "]";
            if (c == null) {
                v.add(new FieldViolation(at, "is required"));
                continue;
            }
            if (c.kind() == null) {
                v.add(new FieldViolation(at + ".kind", "is required"));
            }
            if (c.description() == null || c.description().isBlank()) {
                v.add(new FieldViolation(at + ".description", "is required: say what changed"));
            } else if (c.description().length() > MAX_DESCRIPTION) {
                v.add(new FieldViolation(at + ".description",
                        "must be at most " + MAX_DESCRIPTION + " characters, was " + c.description().length()));
            }
        }
        return v;
    }
}
