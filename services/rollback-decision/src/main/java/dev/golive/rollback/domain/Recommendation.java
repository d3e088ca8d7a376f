package dev.golive.rollback.domain;

/**
 * What the assessment recommends. When reasons disagree, {@code ROLL_BACK} wins over
 * {@code DECIDE_NOW}, which wins over {@code FIX_FORWARD} ({@link #outranks}).
 */
public enum Recommendation {
    /** Keep the upgraded system and fix what is broken on it: the normal answer. */
    FIX_FORWARD(0),
    /** Restore the pre-upgrade backup: the system cannot safely be used. */
    ROLL_BACK(2),
    /** Nothing calls for a rollback yet, but the time to choose one is running out: decide explicitly. */
    DECIDE_NOW(1);

    private final int precedence;

    Recommendation(int precedence) {
        this.precedence = precedence;
    }

    public boolean outranks(Recommendation other) {
        return precedence > other.precedence;
    }
}
