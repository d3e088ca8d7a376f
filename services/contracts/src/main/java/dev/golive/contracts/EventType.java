package dev.golive.contracts;

/**
 * One entry of the catalogue: the versioned type name (the CloudEvents {@code type}), the
 * record that carries it and the topic it travels on.
 */
public record EventType<T extends GoliveEvent>(String name, Class<T> recordClass, String topic) {
}
