package dev.golive.planner.cutover;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.planner.domain.CutoverRules;
import dev.golive.planner.domain.StatusTransitions;
import dev.golive.planner.domain.UpgradePath;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The use cases of a cutover: plan, list, edit, cancel, move along its life cycle. */
@ApplicationScoped
public class CutoverService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    StatusChange statusChange;

    @Inject
    MilestoneTriggers triggers;

    @Inject
    WindowScheduling windows;

    @Transactional
    public Cutover plan(CutoverRequest request, String by) {
        GoLivePolicy policy = request.policy() == null ? GoLivePolicy.defaults()
                : request.policy().orElse(GoLivePolicy.defaults());
        List<Blackout> blackouts = request.blackouts() == null ? List.of() : request.blackouts();
        ProblemException.refuseIfAny(CutoverRules.check(request.name(), request.client(), request.erpProduct(),
                request.sourceVersion(), request.targetVersion(), request.zone(), request.onCallTeam(), policy,
                blackouts));

        Instant now = clock.instant();
        Cutover cutover = new Cutover();
        cutover.id = UUID.randomUUID();
        cutover.name = request.name().strip();
        cutover.client = request.client().strip();
        cutover.erpProduct = request.erpProduct().strip();
        cutover.sourceVersion = request.sourceVersion();
        cutover.targetVersion = request.targetVersion();
        cutover.upgradePath = UpgradePath.format(UpgradePath.between(cutover.sourceVersion, cutover.targetVersion));
        cutover.zone = request.zone();
        cutover.onCallTeam = request.onCallTeam().strip();
        cutover.policy = policy;
        cutover.replaceBlackouts(blackouts);
        cutover.status = CutoverStatus.DRAFT;
        cutover.createdBy = by;
        cutover.createdAt = now;
        cutover.updatedAt = now;
        cutover.persist();

        outbox.append(new CutoverPlanned(cutover.id.toString(), cutover.name, cutover.client, cutover.erpProduct,
                cutover.sourceVersion, cutover.targetVersion, cutover.upgradePathVersions(), cutover.zone,
                cutover.onCallTeam, cutover.policy, cutover.blackoutList(), by, now));
        return cutover;
    }

    @Transactional
    public Cutover update(UUID id, CutoverPatch patch, String by) {
        Cutover cutover = Cutover.require(id);
        if (StatusTransitions.terminal(cutover.status)) {
            throw ProblemException.conflict("cutover-closed",
                    "A cutover in status " + cutover.status + " can no longer be edited", List.of());
        }
        String name = patch.name() != null ? patch.name() : cutover.name;
        String client = patch.client() != null ? patch.client() : cutover.client;
        String erpProduct = patch.erpProduct() != null ? patch.erpProduct() : cutover.erpProduct;
        Integer source = patch.sourceVersion() != null ? patch.sourceVersion() : cutover.sourceVersion;
        Integer target = patch.targetVersion() != null ? patch.targetVersion() : cutover.targetVersion;
        String zone = patch.zone() != null ? patch.zone() : cutover.zone;
        String team = patch.onCallTeam() != null ? patch.onCallTeam() : cutover.onCallTeam;
        GoLivePolicy policy = patch.policy() != null ? patch.policy().orElse(cutover.policy) : cutover.policy;
        List<Blackout> blackouts = patch.blackouts() != null ? patch.blackouts() : cutover.blackoutList();
        ProblemException.refuseIfAny(CutoverRules.check(name, client, erpProduct, source, target, zone, team, policy, blackouts));

        List<String> changed = new ArrayList<>();
        boolean planChanged = false;
        if (!Objects.equals(name.strip(), cutover.name)) {
            cutover.name = name.strip();
            changed.add("name");
        }
        if (!Objects.equals(client.strip(), cutover.client)) {
            cutover.client = client.strip();
            changed.add("client");
        }
        if (!Objects.equals(erpProduct.strip(), cutover.erpProduct)) {
            cutover.erpProduct = erpProduct.strip();
            changed.add("erpProduct");
        }
        if (source != cutover.sourceVersion || target != cutover.targetVersion) {
            cutover.sourceVersion = source;
            cutover.targetVersion = target;
            cutover.upgradePath = UpgradePath.format(UpgradePath.between(source, target));
            changed.add("upgradePath");
        }
        if (!Objects.equals(team.strip(), cutover.onCallTeam)) {
            cutover.onCallTeam = team.strip();
            changed.add("onCallTeam");
            planChanged = true;
        }
        if (!zone.equals(cutover.zone)) {
            cutover.zone = zone;
            changed.add("zone");
            planChanged = true;
        }
        if (!policy.equals(cutover.policy)) {
            cutover.policy = policy;
            changed.add("policy");
            planChanged = true;
        }
        if (!blackouts.equals(cutover.blackoutList())) {
            cutover.replaceBlackouts(blackouts);
            changed.add("blackouts");
            planChanged = true;
        }
        if (changed.isEmpty()) {
            return cutover;
        }
        if (planChanged && !StatusTransitions.planEditable(cutover.status)) {
            throw ProblemException.conflict("plan-frozen",
                    "The go-live has started (status " + cutover.status
                            + "): zone, policy, team and blackouts can no longer change", List.of());
        }
        cutover.updatedAt = clock.instant();
        outbox.append(new CutoverUpdated(cutover.id.toString(), changed, cutover.name, cutover.client,
                cutover.erpProduct, cutover.sourceVersion, cutover.targetVersion, cutover.upgradePathVersions(),
                cutover.zone, cutover.onCallTeam, cutover.policy, cutover.blackoutList(), by, cutover.updatedAt));
        if (planChanged && cutover.downtimeStartLocal != null) {
            // The same weekend under the new plan: milestones move, triggers follow.
            windows.recompute(cutover, "plan changed: " + String.join(", ", changed), by);
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
     * date of the downtime start in each cutover's own zone.
     */
    public CutoverPage list(CutoverStatus status, String team, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
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
