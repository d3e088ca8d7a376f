package dev.golive.contracts;

/**
 * An event of the Golive catalogue. Its cutover id is the Kafka key and the CloudEvents
 * subject; its type name comes from {@link EventCatalog}.
 */
public interface GoliveEvent {
    String cutoverId();
}
