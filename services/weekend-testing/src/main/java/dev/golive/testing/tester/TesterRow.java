package dev.golive.testing.tester;

import dev.golive.testing.domain.BusinessArea;
import dev.golive.testing.domain.Slot;
import dev.golive.testing.domain.Tester;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A tester as stored, with their availability slots; {@link #toDomain()} is what the rules and the planner see. */
@Entity
@Table(name = "tester")
public class TesterRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public String name;

    /** The Keycloak login: results on this tester's assignments are recorded by this user. */
    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String contact;

    @Column(nullable = false)
    public String zone;

    /** Comma-separated {@link BusinessArea} names. */
    @Column(nullable = false)
    public String areas;

    @Column(name = "max_hours", nullable = false)
    public int maxHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tester_slot", joinColumns = @JoinColumn(name = "tester_id"))
    @OrderColumn(name = "position")
    public List<SlotValue> availability = new ArrayList<>();

    /** When they can test on staging, in the weeks before the go-live (none when not given). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tester_staging_slot", joinColumns = @JoinColumn(name = "tester_id"))
    @OrderColumn(name = "position")
    public List<SlotValue> stagingAvailability = new ArrayList<>();

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    public static class SlotValue {
        @Column(name = "start_at", nullable = false)
        public Instant start;

        @Column(name = "end_at", nullable = false)
        public Instant end;

        public SlotValue() {
        }

        SlotValue(Slot slot) {
            start = slot.start();
            end = slot.end();
        }
    }

    public Tester toDomain() {
        return new Tester(id.toString(), name, username, contact, zone, areaSet(),
                availability.stream().map(s -> new Slot(s.start, s.end)).toList(), maxHours);
    }

    /** The tester as the planner of a staging round sees them: their staging availability as their slots. */
    public Tester toStagingDomain() {
        return toDomain().withAvailability(stagingSlots());
    }

    public List<Slot> stagingSlots() {
        return stagingAvailability.stream().map(s -> new Slot(s.start, s.end)).toList();
    }

    public Set<BusinessArea> areaSet() {
        Set<BusinessArea> set = EnumSet.noneOf(BusinessArea.class);
        Arrays.stream(areas.split(",")).filter(a -> !a.isBlank()).map(BusinessArea::valueOf).forEach(set::add);
        return set;
    }

    void take(Tester t) {
        name = t.name();
        username = t.username();
        contact = t.contact();
        zone = t.zone();
        areas = t.areas().stream().map(Enum::name).collect(Collectors.joining(","));
        maxHours = t.maxHours();
        availability.clear();
        t.availability().forEach(s -> availability.add(new SlotValue(s)));
    }

    void takeStaging(List<Slot> slots) {
        stagingAvailability.clear();
        slots.forEach(s -> stagingAvailability.add(new SlotValue(s)));
    }

    /** The cutover's testers, by name (the planner breaks ties by this order). */
    public static List<TesterRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by name, id", cutoverId);
    }

    public static List<Tester> domainOf(UUID cutoverId) {
        return ofCutover(cutoverId).stream().map(TesterRow::toDomain).toList();
    }

    public static Optional<TesterRow> of(UUID cutoverId, UUID id) {
        return find("cutoverId = ?1 and id = ?2", cutoverId, id).firstResultOptional();
    }

    public static Optional<TesterRow> ofUsername(UUID cutoverId, String username) {
        return find("cutoverId = ?1 and lower(username) = lower(?2)", cutoverId, username).firstResultOptional();
    }
}
