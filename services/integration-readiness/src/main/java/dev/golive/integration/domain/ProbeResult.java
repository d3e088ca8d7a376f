package dev.golive.integration.domain;

import java.util.List;
import java.util.Objects;

/** Whether a probe passed, with every failed check in words; passed exactly when nothing failed. */
public record ProbeResult(boolean passed, List<String> failures) {

    public ProbeResult {
        failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
        if (passed != failures.isEmpty()) {
            throw new IllegalArgumentException("a probe passes exactly when nothing failed; passed " + passed + ", failures " + failures);
        }
    }

    public static ProbeResult of(List<String> failures) {
        return new ProbeResult(failures.isEmpty(), failures);
    }
}
