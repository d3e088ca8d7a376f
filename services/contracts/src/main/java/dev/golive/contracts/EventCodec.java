package dev.golive.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.util.List;

/**
 * JSON form of the events. Readers ignore fields they do not know, so a producer can add a
 * field without breaking older consumers; they refuse an event without one of its required fields
 * (every field not marked {@link OptionalField}), which no consumer could apply. Times are ISO-8601
 * strings.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    public static String toJson(GoliveEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads the payload of a message whose CloudEvents type is {@code typeName}.
     *
     * @throws UnreadableEventException when the type is unknown, the payload does not fit it, or a
     *         required field (one not marked {@link OptionalField}) is absent or null
     */
    public static GoliveEvent fromJson(String typeName, byte[] payload) {
        EventType<?> type = EventCatalog.byName(typeName)
                .orElseThrow(() -> new UnreadableEventException("unknown event type '" + typeName + "'"));
        return read(type.recordClass(), payload);
    }

    /**
     * Reads {@code payload} as a {@code recordClass}, refusing it when it breaks the record's contract.
     *
     * @throws UnreadableEventException as {@link #fromJson}; the message names the event type and
     *         every required field that is missing, e.g. {@code golive.cutover.CutoverPlanned.v1 is
     *         missing required fields: name, zone}
     */
    public static <T extends GoliveEvent> T read(Class<T> recordClass, byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new UnreadableEventException("empty payload for " + recordClass.getSimpleName());
        }
        try {
            JsonNode json = MAPPER.readTree(payload);
            if (json == null || !json.isObject()) {
                throw new UnreadableEventException("payload is not a " + recordClass.getSimpleName()
                        + ": not a JSON object");
            }
            List<String> missing = RequiredFields.missingIn(json, recordClass);
            if (!missing.isEmpty()) {
                throw new UnreadableEventException(typeName(recordClass) + " is missing required fields: "
                        + String.join(", ", missing));
            }
            T event = MAPPER.treeToValue(json, recordClass);
            if (event.cutoverId() == null || event.cutoverId().isBlank()) {
                throw new UnreadableEventException(recordClass.getSimpleName() + " without cutoverId");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("payload is not a " + recordClass.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnreadableEventException("payload of " + recordClass.getSimpleName() + " unreadable", e);
        }
    }

    /** The catalogue's versioned name of {@code recordClass}, or its simple name when it is not in the catalogue. */
    private static String typeName(Class<?> recordClass) {
        return EventCatalog.byRecordClass(recordClass).map(EventType::name).orElse(recordClass.getSimpleName());
    }

    /** An event that cannot be read: it goes to the dead letter topic with this message. */
    public static final class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String message) {
            super(message);
        }

        public UnreadableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private EventCodec() {
    }
}
