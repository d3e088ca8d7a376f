package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.domain.MemberRules;
import dev.golive.planner.membership.Membership;
import dev.golive.problems.ProblemException;
import java.util.Optional;
import java.util.Set;
import dev.golive.planner.domain.CutoverDetails;
import dev.golive.planner.domain.CutoverRejection;
import dev.golive.planner.domain.StatusTransitions;
import dev.golive.planner.holiday.HolidayCalendars;
import dev.golive.problems.field.FieldViolation;
import java.util.ArrayList;
import java.util.Objects;
import dev.golive.planner.domain.CutoverEdited;
import dev.golive.planner.domain.CutoverPatch;
import dev.golive.planner.milestone.MilestoneTriggers;
import dev.golive.planner.window.WindowScheduling;
import dev.golive.problems.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The use cases of a cutover: plan, list, edit, cancel, move along its life cycle. The cutover
 * and its domain decide what changes ({@link CutoverDetails}, {@link StatusChange}); these load
 * it, call it, keep it and announce what happened.
 */
@ApplicationScoped
public class CutoverService {

    private final Clock clock;
    private final Outbox outbox;
    private final StatusChange statusChange;
    private final MilestoneTriggers triggers;
    private final WindowScheduling windows;
    private final Membership membership;
    private final HolidayCalendars holidays;

    @Inject
    CutoverService(Clock clock, Outbox outbox, StatusChange statusChange, MilestoneTriggers triggers,
                   WindowScheduling windows, Membership membership, HolidayCalendars holidays) {
        this.membership = membership;
        this.holidays = holidays;
        this.clock = clock;
        this.outbox = outbox;
        this.statusChange = statusChange;
        this.triggers = triggers;
        this.windows = windows;
    }

    @Transactional
    public Cutover plan(CutoverRequest request, String by) {
        List<FieldViolation> region = holidays.check(request.country(), request.subdivision());
        if (!region.isEmpty()) {
            // Reported with every other refused field of the request, as one problem.
            List<FieldViolation> all = new ArrayList<>();
            try {
                CutoverDetails.plan(request.name(), request.client(), request.erpProduct(), request.sourceVersion(),
                        request.targetVersion(), request.zone(), request.onCallTeam(), request.policy(),
                        request.blackouts());
            } catch (CutoverRejection rejected) {
                all.addAll(rejected.violations());
            }
            all.addAll(region);
            throw ProblemException.invalid(all);
        }
        CutoverDetails details = CutoverDetails.plan(request.name(), request.client(), request.erpProduct(),
                request.sourceVersion(), request.targetVersion(), request.zone(), request.onCallTeam(),
                request.policy(), request.blackouts());
        if (request.members() != null) {
            ProblemException.refuseIfAny(MemberRules.check(request.members(), false));
        }
        Cutover cutover = Cutover.plan(details, by, clock.instant());
        cutover.country = HolidayCalendars.normalCountry(request.country());
        cutover.subdivision = HolidayCalendars.normalSubdivision(request.subdivision());
        cutover.persist();
        List<CutoverMember> members = membership.start(cutover, request.members(), by);

        outbox.append(new CutoverPlanned(cutover.id.toString(), cutover.name, cutover.client, cutover.erpProduct,
                cutover.sourceVersion, cutover.targetVersion, cutover.upgradePathVersions(), cutover.zone,
                cutover.onCallTeam, cutover.policy, cutover.blackoutList(), by, cutover.createdAt, members));
        return cutover;
    }

    @Transactional
    public Cutover update(UUID id, CutoverPatch patch, String by) {
        Cutover cutover = Cutover.require(id);
        CutoverEdited edited = cutover.edit(patch, clock.instant());
        if (edited.changedNothing()) {
            return cutover;
        }
        outbox.append(new CutoverUpdated(cutover.id.toString(), edited.changed(), cutover.name, cutover.client,
                cutover.erpProduct, cutover.sourceVersion, cutover.targetVersion, cutover.upgradePathVersions(),
                cutover.zone, cutover.onCallTeam, cutover.policy, cutover.blackoutList(), by, cutover.updatedAt));
        if (edited.planChanged() && cutover.downtimeStartLocal != null) {
            // The same weekend under the new plan: milestones move, triggers follow.
            windows.recompute(cutover, "plan changed: " + String.join(", ", edited.changed()), by);
        }
        return cutover;
    }

    /**
     * Sets whose public holidays close the cutover's weekends ({@code country} null or blank: none).
     * A plan change: refused once the go-live has started; a chosen weekend is laid out again, and
     * refused when a holiday now closes it (unless it was chosen explicitly over holidays before).
     */
    @Transactional
    public Cutover changeHolidayCalendar(UUID id, String country, String subdivision, String by) {
        ProblemException.refuseIfAny(holidays.check(country, subdivision));
        Cutover cutover = Cutover.require(id);
        if (StatusTransitions.terminal(cutover.status)) {
            throw ProblemException.conflict(CutoverRejection.CUTOVER_CLOSED,
                    "A cutover in status " + cutover.status + " can no longer be edited", List.of());
        }
        String newCountry = HolidayCalendars.normalCountry(country);
        String newSubdivision = newCountry == null ? null : HolidayCalendars.normalSubdivision(subdivision);
        if (Objects.equals(newCountry, cutover.country) && Objects.equals(newSubdivision, cutover.subdivision)) {
            return cutover;
        }
        if (!StatusTransitions.planEditable(cutover.status)) {
            throw ProblemException.conflict(CutoverRejection.PLAN_FROZEN, "The go-live has started (status "
                    + cutover.status + "): its holiday calendar can no longer change", List.of());
        }
        cutover.country = newCountry;
        cutover.subdivision = newSubdivision;
        cutover.updatedAt = clock.instant();
        outbox.append(new CutoverUpdated(cutover.id.toString(), List.of("holidayCalendar"), cutover.name,
                cutover.client, cutover.erpProduct, cutover.sourceVersion, cutover.targetVersion,
                cutover.upgradePathVersions(), cutover.zone, cutover.onCallTeam, cutover.policy, cutover.blackoutList(),
                by, cutover.updatedAt));
        if (cutover.downtimeStartLocal != null) {
            windows.recompute(cutover, "plan changed: holiday calendar", by);
        }
        return cutover;
    }

    @Transactional
    public Cutover cancel(UUID id, String reason, String by) {
        Cutover cutover = Cutover.require(id);
        StatusChange.requireAllowed(cutover, CutoverStatus.CANCELLED);
        CutoverStatus previous = cutover.status;
        triggers.removeAll(cutover.id);
        outbox.append(new CutoverCancelled(cutover.id.toString(), previous, reason, by, clock.instant()));
        statusChange.move(cutover, CutoverStatus.CANCELLED, reason, by);
        return cutover;
    }

    /**
     * Moves the status by hand (the go/no-go outcome, the start of the downtime...). Scheduling
     * and cancelling have their own actions, because they do more than change the status.
     */
    @Transactional
    public Cutover changeStatus(UUID id, CutoverStatus to, String reason, String by) {
        if (to == null) {
            throw ProblemException.invalid("status", "is required");
        }
        if (to == CutoverStatus.SCHEDULED || to == CutoverStatus.CANCELLED || to == CutoverStatus.DRAFT) {
            throw ProblemException.invalid("status",
                    to + " is reached by scheduling a window or cancelling, not by a status change");
        }
        Cutover cutover = Cutover.require(id);
        statusChange.move(cutover, to, reason, by);
        return cutover;
    }

    public Cutover get(UUID id) {
        return Cutover.require(id);
    }

    /**
     * Lists cutovers, newest downtime first. {@code from} and {@code to} filter on the local
     * date of the downtime start in each cutover's own zone. {@code visible}: the cutovers the caller
     * takes part in, or empty for an administrator, who sees all.
     */
    public CutoverPage list(Optional<Set<UUID>> visible, CutoverStatus status, String team, LocalDate from,
                            LocalDate to, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                return new CutoverPage(List.of(), page, size, 0);
            }
            query.append(" and id in :visible");
            params.and("visible", visible.get());
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (team != null && !team.isBlank()) {
            query.append(" and onCallTeam = :team");
            params.and("team", team.strip());
        }
        if (from != null) {
            query.append(" and downtimeStartLocal >= :from");
            params.and("from", from.atStartOfDay());
        }
        if (to != null) {
            query.append(" and downtimeStartLocal < :to");
            params.and("to", to.plusDays(1).atStartOfDay());
        }
        var found = Cutover.<Cutover>find(query.toString(),
                Sort.descending("downtimeStartLocal").and("createdAt", Sort.Direction.Descending), params);
        List<CutoverView> items = found.page(Page.of(page, size)).list().stream().map(CutoverView::of).toList();
        return new CutoverPage(items, page, size, found.count());
    }
}
