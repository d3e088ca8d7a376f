package dev.golive.testing.tester;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A tester as the API answers it; each slot also in the tester's own wall-clock time. */
public record TesterView(String id, String name, String username, String contact, String zone, List<String> areas,
                         List<SlotView> availability, int maxHours, List<SlotView> stagingAvailability,
                         String updatedBy, Instant updatedAt, long version) {

    public record SlotView(Instant start, Instant end, LocalDateTime localStart, LocalDateTime localEnd) {
    }

    static TesterView of(TesterRow row) {
        ZoneId zone = ZoneId.of(row.zone);
        return new TesterView(row.id.toString(), row.name, row.username, row.contact, row.zone,
                row.areaSet().stream().map(Enum::name).toList(),
                row.availability.stream().map(s -> new SlotView(s.start, s.end,
                        LocalDateTime.ofInstant(s.start, zone), LocalDateTime.ofInstant(s.end, zone))).toList(),
                row.maxHours, row.stagingAvailability.stream().map(s -> new SlotView(s.start, s.end,
                        LocalDateTime.ofInstant(s.start, zone), LocalDateTime.ofInstant(s.end, zone))).toList(),
                row.updatedBy, row.updatedAt, row.version);
    }
}
