package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.planner.domain.CutoverDetails;
import dev.golive.planner.domain.CutoverEdited;
import dev.golive.planner.domain.CutoverPatch;
import dev.golive.planner.domain.UpgradePath;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A planned upgrade go-live: what is upgraded, for whom, by which team, and when. What an ops lead
 * plans and edits is {@link CutoverDetails}, whose rules decide every change ({@link #plan},
 * {@link #edit}); the status moves along {@code StatusTransitions} through {@code StatusChange}.
 */
@Entity
@Table(name = "cutover")
public class Cutover extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String client;

    @Column(name = "erp_product", nullable = false)
    public String erpProduct;

    @Column(name = "source_version", nullable = false)
    public int sourceVersion;

    @Column(name = "target_version", nullable = false)
    public int targetVersion;

    /** Stored as "16,17,18,19"; computed from the versions, never edited directly. */
    @Column(name = "upgrade_path", nullable = false)
    public String upgradePath;

    /** IANA zone id; the window's wall-clock times are read in it. */
    @Column(nullable = false)
    public String zone;

    @Column(name = "on_call_team", nullable = false)
    public String onCallTeam;

    @Convert(converter = PolicyColumnConverter.class)
    @Column(nullable = false)
    public GoLivePolicy policy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CutoverStatus status;

    /** 0 while no window was ever chosen; grows with every (re)schedule. */
    @Column(name = "window_revision", nullable = false)
    public int windowRevision;

    /** Downtime start on the wall clock of {@link #zone}; null while no window is chosen. */
    @Column(name = "downtime_start_local")
    public LocalDateTime downtimeStartLocal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cutover_blackout", joinColumns = @JoinColumn(name = "cutover_id"))
    @OrderColumn(name = "position")
    public List<BlackoutPeriod> blackouts = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When weekend-testing signed the weekend off (WeekendSignedOff); null until then. */
    @Column(name = "weekend_signed_off_at")
    public Instant weekendSignedOffAt;

    /** When the downtime start was reached without a GO: the go-live did not start. */
    @Column(name = "downtime_without_go_at")
    public Instant downtimeWithoutGoAt;

    /** When production was observed going down (the runbook's WeekendFactObserved DOWNTIME_STARTED); null until then. */
    @Column(name = "downtime_started_at")
    public Instant downtimeStartedAt;

    /** When the upgraded system was observed back (SYSTEM_BACK); the plan is the SYSTEM_BACK_EXPECTED milestone. */
    @Column(name = "system_back_at")
    public Instant systemBackAt;

    /** When business was observed running again (BUSINESS_RESUMED); the plan is the BUSINESS_RESUME milestone. */
    @Column(name = "business_resumed_at")
    public Instant businessResumedAt;

    /** ISO 3166-1 alpha-2 country whose public holidays close weekends; null: no holiday calendar. */
    @Column
    public String country;

    /** A first-level subdivision of {@link #country} with holidays of its own (e.g. BY); null for the country's. */
    @Column
    public String subdivision;

    /** The holidays (names, "; "-separated) of the weekend an ops lead chose explicitly; null otherwise. */
    @Column(name = "holidays_chosen")
    public String holidaysChosen;

    @Column(name = "holiday_choice_reason")
    public String holidayChoiceReason;

    @Column(name = "holiday_choice_by")
    public String holidayChoiceBy;

    @Version
    public long version;

    /** A new cutover in DRAFT, planned by {@code by} at {@code at}; the caller persists it. */
    public static Cutover plan(CutoverDetails details, String by, Instant at) {
        Cutover cutover = new Cutover();
        cutover.id = UUID.randomUUID();
        cutover.write(details);
        cutover.status = CutoverStatus.DRAFT;
        cutover.createdBy = by;
        cutover.createdAt = at;
        cutover.updatedAt = at;
        return cutover;
    }

    /** What an ops lead planned, as the domain reads it. */
    public CutoverDetails details() {
        return new CutoverDetails(name, client, erpProduct, sourceVersion, targetVersion, zone, onCallTeam, policy,
                blackoutList());
    }

    /**
     * Applies an ops lead's patch as {@link CutoverDetails#edit} decides (a refusal changes
     * nothing) and says what changed; unless nothing did, writes it and stamps {@code at}.
     */
    public CutoverEdited edit(CutoverPatch patch, Instant at) {
        CutoverEdited edited = details().edit(patch, status);
        if (!edited.changedNothing()) {
            write(edited.details());
            updatedAt = at;
        }
        return edited;
    }

    private void write(CutoverDetails details) {
        name = details.name();
        client = details.client();
        erpProduct = details.erpProduct();
        sourceVersion = details.sourceVersion();
        targetVersion = details.targetVersion();
        upgradePath = UpgradePath.format(details.upgradePath());
        zone = details.zone();
        onCallTeam = details.onCallTeam();
        policy = details.policy();
        if (!details.blackouts().equals(blackoutList())) {
            // Only when they changed: replacing the collection rewrites every row of it.
            replaceBlackouts(details.blackouts());
        }
    }

    /** Records when {@code fact} was observed. */
    public void observe(WeekendFact fact, Instant at) {
        switch (fact) {
            case DOWNTIME_STARTED -> downtimeStartedAt = at;
            case SYSTEM_BACK -> systemBackAt = at;
            case BUSINESS_RESUMED -> businessResumedAt = at;
        }
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public List<Integer> upgradePathVersions() {
        return UpgradePath.parse(upgradePath);
    }

    public List<Blackout> blackoutList() {
        return blackouts.stream().map(BlackoutPeriod::toContract).toList();
    }

    public void replaceBlackouts(List<Blackout> periods) {
        blackouts.clear();
        periods.forEach(b -> blackouts.add(BlackoutPeriod.of(b)));
    }

    public static Cutover require(UUID id) {
        Cutover cutover = findById(id);
        if (cutover == null) {
            throw dev.golive.problems.ProblemException.notFound("cutover", id);
        }
        return cutover;
    }

    /**
     * The cutover, locked for the rest of the transaction: events, milestones and decisions about
     * one cutover are applied one after the other, in the order they take the lock. Null if unknown.
     */
    public static Cutover lock(UUID id) {
        // The row is locked first and only then read: a lock taken by the ORM along with the read may be
        // taken after it (follow-on locking, the blackouts being an eager collection), leaving a version
        // read before another transaction's commit, and the update then fails as stale.
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM cutover WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        if (!exists) {
            return null;
        }
        Cutover cutover = findById(id);
        getEntityManager().refresh(cutover); // in case this transaction had read it before the lock
        return cutover;
    }

    @Embeddable
    public static class BlackoutPeriod {
        @Column(name = "from_date", nullable = false)
        public LocalDate from;

        @Column(name = "to_date", nullable = false)
        public LocalDate to;

        @Column(nullable = false)
        public String reason;

        static BlackoutPeriod of(Blackout blackout) {
            BlackoutPeriod period = new BlackoutPeriod();
            period.from = blackout.from();
            period.to = blackout.to();
            period.reason = blackout.reason();
            return period;
        }

        Blackout toContract() {
            return new Blackout(from, to, reason);
        }
    }
}
