package dev.golive.planner.domain;

import java.util.List;
import java.util.Objects;

/** One gate's state and, unless it passed, why not (a passed gate may still carry notes). */
public record GateVerdict(Gate gate, GateState state, List<String> reasons) {

    public GateVerdict {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(state, "state");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    static GateVerdict passed(Gate gate) {
        return new GateVerdict(gate, GateState.PASSED, List.of());
    }

    static GateVerdict failed(Gate gate, List<String> reasons) {
        return new GateVerdict(gate, GateState.FAILED, reasons);
    }

    static GateVerdict unknown(Gate gate, String reason) {
        return new GateVerdict(gate, GateState.UNKNOWN, List.of(reason));
    }

    public boolean passed() {
        return state == GateState.PASSED;
    }

    /** Whether announcing {@code other} after this one would tell anything new. */
    public boolean sameAs(GateVerdict other) {
        return other != null && gate == other.gate && state == other.state && reasons.equals(other.reasons);
    }
}
