package dev.golive.integration.probe;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The values a probe asserts on, read from a response body at RFC 6901 JSON pointers. */
final class JsonValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The value at each pointer as JSON text (a string without its quotes, {@code 42}, {@code true},
     * {@code null}); a pointer with no value, or a body that is not JSON, gives no entry.
     */
    static Map<String, String> at(String body, Set<String> pointers) {
        if (pointers == null || pointers.isEmpty() || body == null || body.isBlank()) {
            return Map.of();
        }
        JsonNode document;
        try {
            document = MAPPER.readTree(body);
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, String> values = new HashMap<>();
        for (String pointer : pointers) {
            JsonNode node;
            try {
                node = document.at(JsonPointer.compile(pointer));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (node == null || node.isMissingNode()) {
                continue;
            }
            values.put(pointer, node.isTextual() ? node.textValue() : node.toString());
        }
        return values;
    }

    private JsonValues() {
    }
}
