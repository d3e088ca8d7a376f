package dev.golive.planner.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An assignment, shift or runbook task as the personal feeds show it (V10__calendar_feeds.sql). */
@Entity
@Table(name = "calendar_entry")
@IdClass(CalendarEntryRow.Key.class)
public class CalendarEntryRow extends PanacheEntityBase {

    public static final String TEST = "TEST";
    public static final String SHIFT = "SHIFT";
    public static final String TASK = "TASK";

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    @Id
    @Column(name = "entry_key")
    public String entryKey;

    @Column(nullable = false)
    public String kind;

    public String person;

    public String role;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public boolean removed;

    public static class Key implements Serializable {
        public UUID cutoverId;
        public String entryKey;

        public Key() {
        }

        public Key(UUID cutoverId, String entryKey) {
            this.cutoverId = cutoverId;
            this.entryKey = entryKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cutoverId, k.cutoverId) && Objects.equals(entryKey, k.entryKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cutoverId, entryKey);
        }
    }
}
