package dev.golive.planner.freeze;

import dev.golive.planner.domain.FreezePeriod;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An organisation-wide freeze period, managed once: it keeps the go-live weekends of every cutover of
 * its {@link #client} (when set) and of its {@link #team} (when set) out of {@code [from, to]}; with
 * neither set, of every cutover.
 */
@Entity
@Table(name = "freeze_period")
public class Freeze extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "from_date", nullable = false)
    public LocalDate from;

    @Column(name = "to_date", nullable = false)
    public LocalDate to;

    public String client;

    public String team;

    public String note;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Whether this freeze applies to a cutover of {@code client} run by {@code team}. */
    public boolean appliesTo(String cutoverClient, String cutoverTeam) {
        return (client == null || client.equals(cutoverClient)) && (team == null || team.equals(cutoverTeam));
    }

    public FreezePeriod toDomain() {
        return new FreezePeriod(name, from, to);
    }

    /** The freezes of a cutover of {@code client} and {@code team} that end on or after {@code from}. */
    public static List<FreezePeriod> applyingTo(String client, String team, LocalDate from) {
        return Freeze.<Freeze>list("to >= ?1 order by from", from).stream()
                .filter(f -> f.appliesTo(client, team))
                .map(Freeze::toDomain)
                .toList();
    }
}
