package dev.golive.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README check against a fake service whose limits are known: it passes when they agree, names each drift otherwise. */
class TextLimitsTest {

    record Item(String description) {
    }

    record Request(String title, String severity, List<Item> items, int count) {
    }

    /** title at most 200, no line breaks; items[].description at most 2000; severity a code; 10,000 the floor. */
    private static TextLimits.Answer fakeService(Map<String, Object> body) {
        List<String> refused = new ArrayList<>();
        String title = (String) body.get("title");
        String severity = (String) body.get("severity");
        @SuppressWarnings("unchecked")
        String description = (String) ((Map<String, Object>) ((List<?>) body.get("items")).get(0)).get("description");
        if (title.length() > 200 || title.contains("\n")) {
            refused.add("title");
        }
        if (severity.length() > TextLimits.FLOOR || !severity.equals("HIGH")) {
            refused.add("severity");
        }
        if (description.length() > 2000) {
            refused.add("items[0].description".replace("[0]", "[]"));
        }
        return new TextLimits.Answer(refused.isEmpty() ? 201 : 422, refused);
    }

    private static Map<String, TextLimits.Endpoint> endpoints() {
        return Map.of("POST /things", new TextLimits.Endpoint(Request.class, () -> {
            Map<String, Object> item = new HashMap<>(Map.of("description", "a thing"));
            return new HashMap<>(Map.of("title", "A title", "severity", "HIGH", "items", List.of(item)));
        }, TextLimitsTest::fakeService));
    }

    private static Path readme(Path dir, String rows) throws IOException {
        return Files.writeString(dir.resolve("README.md"), """
                # thing

                ## Text limits

                | endpoint | field | max length | line breaks |
                |---|---|---|---|
                """ + rows + "\n## Next\n");
    }

    @Test
    void the_text_fields_of_a_request_are_its_strings_and_those_of_its_lists_of_records() {
        assertThat(TextLimits.textFields(Request.class)).containsExactly("title", "severity", "items[].description");
    }

    @Test
    void a_table_that_agrees_with_the_service_passes(@TempDir Path dir) throws IOException {
        Path readme = readme(dir, """
                | `POST /things` | `title` | 200 | no |
                | `POST /things` | `severity` | code | no |
                | `POST /things` | `items[].description` | 2,000 | yes |""");

        TextLimits.check(readme, endpoints());
        assertThat(TextLimits.table(readme)).hasSize(3);
    }

    @Test
    void every_drift_is_named_a_wrong_maximum_wrong_line_breaks_a_missing_field_and_an_unknown_one(@TempDir Path dir)
            throws IOException {
        Path readme = readme(dir, """
                | `POST /things` | `title` | 150 | yes |
                | `POST /things` | `items[].description` | 2500 | yes |
                | `POST /things` | `subtitle` | 100 | yes |""");

        assertThatThrownBy(() -> TextLimits.check(readme, endpoints()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /things title: 151 characters, one over the maximum documented, were not refused")
                .hasMessageContaining("POST /things items[].description: 2500 characters, the maximum documented, were refused")
                .hasMessageContaining("POST /things title: line breaks are documented as allowed but the service refuses them")
                .hasMessageContaining("POST /things severity: a text field of Request missing from the table")
                .hasMessageContaining("POST /things subtitle: in the table, but Request has no such text field");
    }
}
