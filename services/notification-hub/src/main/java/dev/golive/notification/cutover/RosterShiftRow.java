package dev.golive.notification.cutover;

import dev.golive.notification.domain.PageLevel;
import dev.golive.notification.domain.RosterShift;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One shift of the latest on-call roster of a cutover (RosterPublished): who is PRIMARY or SECONDARY when. */
@Entity
@Table(name = "roster_shift")
@IdClass(RosterShiftRow.Key.class)
public class RosterShiftRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Id
    @Column(name = "shift_id")
    public String shiftId;

    @Column(nullable = false)
    public String person;

    @Column(nullable = false)
    public String role;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public static List<RosterShiftRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by startsAt, shiftId", cutoverId);
    }

    /** The cutover's roster as the domain reads it. */
    public static List<RosterShift> shifts(UUID cutoverId) {
        return ofCutover(cutoverId).stream()
                .map(r -> new RosterShift(r.shiftId, r.person, PageLevel.valueOf(r.role), r.startsAt, r.endsAt)).toList();
    }

    /** The composite key (cutover, shift). */
    public static class Key implements Serializable {
        public UUID cutoverId;
        public String shiftId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && Objects.equals(shiftId, k.shiftId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, shiftId);
        }
    }
}
