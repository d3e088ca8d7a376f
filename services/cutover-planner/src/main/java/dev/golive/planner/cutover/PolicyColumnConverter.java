package dev.golive.planner.cutover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.golive.contracts.cutover.GoLivePolicy;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps the go-live policy as one JSON column: it is read and written whole, never queried
 * by field, and new policy fields need no migration (absent ones read as null and are
 * filled from the defaults).
 */
@Converter
public class PolicyColumnConverter implements AttributeConverter<GoLivePolicy, String> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public String convertToDatabaseColumn(GoLivePolicy policy) {
        try {
            return JSON.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store policy", e);
        }
    }

    @Override
    public GoLivePolicy convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, GoLivePolicy.class).orElse(GoLivePolicy.defaults());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy unreadable", e);
        }
    }
}
