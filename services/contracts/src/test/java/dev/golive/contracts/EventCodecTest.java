package dev.golive.contracts;

import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.CutoverPlanned;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    @Test
    void every_type_name_is_versioned_and_unique_and_names_its_area() {
        assertThat(EventCatalog.all()).extracting(EventType::name)
                .allMatch(name -> name.matches("golive\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v[0-9]+"))
                .doesNotHaveDuplicates();
    }

    @Test
    void an_event_survives_a_round_trip_with_durations_and_instants_as_iso_text() {
        CutoverPlanned planned = new CutoverPlanned("c-1", "Acme 16 to 19", "Acme", "Odoo", 16, 19,
                List.of(16, 17, 18, 19), "Europe/London", "blue", GoLivePolicy.defaults(), List.of(), "olivia",
                Instant.parse("2026-11-27T10:15:30Z"));
        String json = EventCodec.toJson(planned);

        assertThat(json).contains("\"expectedDowntime\":\"PT4H\"").contains("\"plannedAt\":\"2026-11-27T10:15:30Z\"");
        assertThat(EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(), json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(planned);
    }

    @Test
    void a_reader_ignores_fields_it_does_not_know() {
        String json = "{\"cutoverId\":\"c-2\",\"from\":\"DRAFT\",\"to\":\"SCHEDULED\",\"reason\":\"r\","
                + "\"changedBy\":\"olivia\",\"changedAt\":\"2026-11-27T10:00:00Z\",\"addedInAFutureVersion\":42}";
        assertThat(EventCodec.fromJson("golive.cutover.CutoverStatusChanged.v1", json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new CutoverStatusChanged("c-2", CutoverStatus.DRAFT, CutoverStatus.SCHEDULED, "r", "olivia",
                        Instant.parse("2026-11-27T10:00:00Z")));
    }

    @Test
    void unknown_fields_are_ignored_inside_nested_shapes_too() {
        String json = EventCodec.toJson(new CutoverPlanned("c-3", "n", "c", "Odoo", 16, 17, List.of(16, 17),
                        "Europe/London", "blue", GoLivePolicy.defaults(), List.of(), "olivia", Instant.EPOCH))
                .replace("\"downtimeDay\":", "\"futurePolicyField\":true,\"downtimeDay\":");
        CutoverPlanned read = (CutoverPlanned) EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(),
                json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.policy()).isEqualTo(GoLivePolicy.defaults());
    }

    @Test
    void an_unknown_type_or_a_broken_payload_is_unreadable_with_the_reason() {
        assertThatThrownBy(() -> EventCodec.fromJson("golive.cutover.Nope.v1", "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventCodec.UnreadableEventException.class).hasMessageContaining("unknown event type");
        assertThatThrownBy(() -> EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(),
                "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventCodec.UnreadableEventException.class);
        assertThatThrownBy(() -> EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(),
                "{\"name\":\"no id\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("is missing required fields: cutoverId");
        String blankId = EventCodec.toJson(new CutoverPlanned(" ", "n", "c", "Odoo", 16, 17, List.of(17),
                "Europe/London", "blue", GoLivePolicy.defaults(), List.of(), "olivia", Instant.EPOCH));
        assertThatThrownBy(() -> EventCodec.fromJson(EventCatalog.CUTOVER_PLANNED.name(),
                blankId.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("without cutoverId");
    }
}
