package dev.golive.integration.domain;

/**
 * How much the business depends on an integration on Monday morning. {@code CRITICAL} and
 * {@code HIGH} integrations that are not ready block the cutover; a {@code NORMAL} one is reported
 * but fixed forward.
 */
public enum Criticality {
    CRITICAL(true),
    HIGH(true),
    NORMAL(false);

    private final boolean blocksCutover;

    Criticality(boolean blocksCutover) {
        this.blocksCutover = blocksCutover;
    }

    /** Whether an integration of this criticality that is not ready makes the cutover not ready. */
    public boolean blocksCutover() {
        return blocksCutover;
    }
}
