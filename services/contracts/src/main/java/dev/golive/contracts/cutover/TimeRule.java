package dev.golive.contracts.cutover;

/**
 * How a wall-clock time of a milestone became an instant in its zone.
 */
public enum TimeRule {
    /** The local time exists exactly once in the zone. */
    EXACT,
    /** The local time falls in a gap (clocks go forward): the first valid instant after the gap is used. */
    GAP_MOVED_TO_FIRST_VALID_INSTANT,
    /** The local time occurs twice (clocks go back): the earlier of the two instants is used. */
    OVERLAP_EARLIER_OFFSET,
    /** The milestone is a fixed elapsed duration from another one, so it is an instant to begin with. */
    ELAPSED_FROM_PREVIOUS
}
