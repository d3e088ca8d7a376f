package dev.golive.planner.domain;

import java.util.List;
import java.util.Objects;

/**
 * What an edit did to a cutover: its details after the edit, the names of what changed (in the
 * order of {@link CutoverDetails#edit}, as {@code CutoverUpdated} lists them), and whether the
 * plan of its weekend (team, zone, policy, blackouts) changed, so that a chosen weekend is laid
 * out again.
 */
public record CutoverEdited(CutoverDetails details, List<String> changed, boolean planChanged) {

    public CutoverEdited {
        Objects.requireNonNull(details, "details");
        changed = List.copyOf(changed);
    }

    /** Nothing changed: nothing to write, nothing to announce. */
    public boolean changedNothing() {
        return changed.isEmpty();
    }
}
