package dev.golive.contracts;

import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.MilestoneReached;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type Golive exchanges. A type name is {@code golive.<area>.<Name>.v<N>}; a
 * breaking change to a record adds a new record with the next version rather than
 * changing this one.
 */
public final class EventCatalog {

    public static final EventType<CutoverPlanned> CUTOVER_PLANNED =
            cutover("CutoverPlanned", CutoverPlanned.class);
    public static final EventType<CutoverUpdated> CUTOVER_UPDATED =
            cutover("CutoverUpdated", CutoverUpdated.class);
    public static final EventType<GoLiveWindowScheduled> GO_LIVE_WINDOW_SCHEDULED =
            cutover("GoLiveWindowScheduled", GoLiveWindowScheduled.class);
    public static final EventType<GoLiveWindowRescheduled> GO_LIVE_WINDOW_RESCHEDULED =
            cutover("GoLiveWindowRescheduled", GoLiveWindowRescheduled.class);
    public static final EventType<MilestoneReached> MILESTONE_REACHED =
            cutover("MilestoneReached", MilestoneReached.class);
    public static final EventType<CutoverStatusChanged> CUTOVER_STATUS_CHANGED =
            cutover("CutoverStatusChanged", CutoverStatusChanged.class);
    public static final EventType<CutoverCancelled> CUTOVER_CANCELLED =
            cutover("CutoverCancelled", CutoverCancelled.class);

    private static final List<EventType<?>> ALL = List.of(
            CUTOVER_PLANNED, CUTOVER_UPDATED, GO_LIVE_WINDOW_SCHEDULED, GO_LIVE_WINDOW_RESCHEDULED,
            MILESTONE_REACHED, CUTOVER_STATUS_CHANGED, CUTOVER_CANCELLED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    @SuppressWarnings("unchecked")
    public static <T extends GoliveEvent> EventType<T> of(T event) {
        EventType<?> type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not in the event catalogue");
        }
        return (EventType<T>) type;
    }

    private static <T extends GoliveEvent> EventType<T> cutover(String name, Class<T> recordClass) {
        return new EventType<>("golive.cutover." + name + ".v1", recordClass, Topics.CUTOVER);
    }

    private EventCatalog() {
    }
}
