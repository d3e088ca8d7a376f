package dev.golive.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The fields an event record requires: every component not marked {@link OptionalField}. Checked on
 * the JSON itself rather than on the decoded record, so an absent primitive (which Jackson would
 * read as 0 or false) counts as missing like an absent or null reference. Only the top level of an
 * event is checked; nested shapes are read as they come.
 */
final class RequiredFields {

    private static final ClassValue<List<String>> REQUIRED = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return List.of();
            }
            return Arrays.stream(components)
                    .filter(component -> !component.isAnnotationPresent(OptionalField.class))
                    .map(RecordComponent::getName)
                    .toList();
        }
    };

    /** The names of the required fields of {@code recordClass}, in declaration order. */
    static List<String> of(Class<?> recordClass) {
        return REQUIRED.get(recordClass);
    }

    /** The required fields of {@code recordClass} that {@code json} (an object) lacks or holds as null, in declaration order. */
    static List<String> missingIn(JsonNode json, Class<?> recordClass) {
        return of(recordClass).stream()
                .filter(name -> {
                    JsonNode value = json.get(name);
                    return value == null || value.isNull();
                })
                .toList();
    }

    private RequiredFields() {
    }
}
