package dev.golive.runbook.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the weekend's timeline: a task move, an incident, a decision, a gate change, a fact, a notification. */
@Entity
@Table(name = "weekend_log")
public class WeekendLog extends PanacheEntityBase {

    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String text;

    public static void record(UUID cutoverId, Instant at, String source, String kind, String text) {
        WeekendLog line = new WeekendLog();
        line.cutoverId = cutoverId;
        line.at = at;
        line.source = source;
        line.kind = kind;
        line.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
        line.persist();
    }

    public static List<WeekendLog> of(UUID cutoverId) {
        return list("cutoverId = ?1 ORDER BY at, id", cutoverId);
    }
}
