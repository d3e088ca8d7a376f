package dev.golive.planner.outbox;

/** Messaging channel names of this service, shared by the code and its tests. */
public final class CutoverChannels {
    /** Outgoing: every event of {@code golive.cutover.v1}, sent only by the outbox relay. */
    public static final String CUTOVER_EVENTS = "cutover-events";

    private CutoverChannels() {
    }
}
