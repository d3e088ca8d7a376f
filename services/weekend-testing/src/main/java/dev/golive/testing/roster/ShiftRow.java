package dev.golive.testing.roster;

import dev.golive.testing.domain.Shift;
import dev.golive.testing.domain.ShiftRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One on-call shift of the cutover's roster, in the order it was given. */
@Entity
@Table(name = "roster_shift")
public class ShiftRow extends PanacheEntityBase {

    @Id
    @Column(name = "row_id")
    public UUID rowId;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public int position;

    @Column(name = "shift_id", nullable = false)
    public String shiftId;

    @Column(nullable = false)
    public String person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ShiftRole role;

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    public Shift toDomain() {
        return new Shift(shiftId, person, role, start, end);
    }

    public static List<ShiftRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by position", cutoverId);
    }

    /** The shifts of one person (compared ignoring case), by start. */
    public static List<ShiftRow> ofPerson(UUID cutoverId, String person) {
        return list("cutoverId = ?1 and lower(person) = lower(?2) order by start, shiftId", cutoverId, person);
    }
}
