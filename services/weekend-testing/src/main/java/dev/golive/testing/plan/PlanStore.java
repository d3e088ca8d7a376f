package dev.golive.testing.plan;

import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.Plan;
import dev.golive.testing.domain.PlannedAssignment;
import dev.golive.testing.domain.TestPlanner;
import dev.golive.testing.domain.Unassignable;
import dev.golive.testing.scenario.ScenarioRow;
import dev.golive.testing.tester.TesterRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computing, storing and announcing a cutover's plan; shared by the ops lead's requests and the
 * re-planning on a window event. Callers hold the cutover's lock ({@link CutoverProjection#lock}).
 */
@ApplicationScoped
public class PlanStore {

    @Inject
    Outbox outbox;

    /** The plan {@link TestPlanner} makes of the cutover's scenarios and testers in its testing window. */
    public Plan compute(CutoverProjection cutover) {
        return TestPlanner.plan(ScenarioRow.domainOf(cutover.cutoverId), TesterRow.domainOf(cutover.cutoverId),
                cutover.testingStart, cutover.testingEnd);
    }

    /**
     * Makes {@code plan} the cutover's current plan with {@code status}: a scenario keeps its
     * assignment id (and so its results) when it is assigned again. Returns the assignments that
     * existed before and now have another tester or time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AssignmentRow> store(CutoverProjection cutover, Plan plan, PlanStatus status, String user, Instant now) {
        UUID cutoverId = cutover.cutoverId;
        Map<String, AssignmentRow> before = AssignmentRow.ofCutover(cutoverId).stream()
                .collect(Collectors.toMap(a -> a.scenarioId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<AssignmentRow> moved = new ArrayList<>();
        for (PlannedAssignment a : plan.assignments()) {
            AssignmentRow row = before.remove(a.scenarioId());
            UUID testerId = UUID.fromString(a.testerId());
            if (row == null) {
                row = new AssignmentRow();
                row.id = UUID.randomUUID();
                row.cutoverId = cutoverId;
                row.scenarioId = a.scenarioId();
            } else if (row.testerId.equals(testerId) && row.start.equals(a.start()) && row.end.equals(a.end())) {
                continue;
            } else {
                moved.add(row);
            }
            row.testerId = testerId;
            row.start = a.start();
            row.end = a.end();
            row.updatedBy = user;
            row.updatedAt = now;
            if (!row.isPersistent()) {
                row.persist();
            }
        }
        before.values().forEach(AssignmentRow::delete);

        Map<String, UnassignedRow> unassignedBefore = UnassignedRow.ofCutover(cutoverId).stream()
                .collect(Collectors.toMap(u -> u.key.scenarioId, Function.identity()));
        int position = 0;
        for (Unassignable u : plan.unassignable()) {
            UnassignedRow row = unassignedBefore.remove(u.scenarioId());
            if (row == null) {
                UnassignedRow.of(cutoverId, position, u).persist();
            } else {
                row.position = position;
                row.reason = u.reason();
                row.detail = u.detail();
            }
            position++;
        }
        unassignedBefore.values().forEach(UnassignedRow::delete);

        PlanRow row = PlanRow.<PlanRow>findByIdOptional(cutoverId).orElseGet(() -> {
            PlanRow fresh = new PlanRow();
            fresh.cutoverId = cutoverId;
            return fresh;
        });
        row.planId = UUID.randomUUID();
        row.status = status;
        row.windowRevision = cutover.windowRevision;
        row.plannedBy = user;
        row.plannedAt = now;
        if (status == PlanStatus.PUBLISHED) {
            row.publishedBy = user;
            row.publishedAt = now;
        } else {
            row.publishedBy = null;
            row.publishedAt = null;
        }
        if (!row.isPersistent()) {
            row.persist();
        }
        return moved;
    }

    /** Announces the current plan: every assignment, and what could not be assigned with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(PlanRow plan) {
        PlanContext context = PlanContext.of(plan.cutoverId);
        List<PlanPublished.Assignment> assignments = AssignmentRow.ofCutover(plan.cutoverId).stream()
                .map(a -> {
                    ScenarioRow s = context.scenario(a.scenarioId);
                    TesterRow t = context.tester(a.testerId);
                    return new PlanPublished.Assignment(a.id.toString(), a.scenarioId, s == null ? null : s.title,
                            s == null ? null : s.area.name(), s != null && s.toDomain().critical(), a.testerId.toString(),
                            t == null ? null : t.username, a.start, a.end);
                }).toList();
        List<PlanPublished.Unassigned> unassigned = UnassignedRow.ofCutover(plan.cutoverId).stream()
                .map(u -> {
                    ScenarioRow s = context.scenario(u.key.scenarioId);
                    return new PlanPublished.Unassigned(u.key.scenarioId, s == null ? null : s.title,
                            u.reason.name() + ": " + u.detail, s == null ? null : s.toDomain().critical());
                }).toList();
        outbox.append(new PlanPublished(plan.cutoverId.toString(), plan.planId.toString(), assignments, unassigned,
                plan.publishedBy, plan.publishedAt));
    }

    /** Announces that a published assignment has another tester or time now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceChange(AssignmentRow a, String reason, String by, Instant at) {
        TesterRow tester = TesterRow.findById(a.testerId);
        outbox.append(new AssignmentChanged(a.cutoverId.toString(), a.id.toString(), a.scenarioId, a.testerId.toString(),
                tester == null ? null : tester.username, a.start, a.end, reason, by, at));
    }

    /** The cutover's scenarios and testers by id, to describe assignments. */
    public record PlanContext(Map<String, ScenarioRow> scenarios, Map<UUID, TesterRow> testers) {

        public static PlanContext of(UUID cutoverId) {
            return new PlanContext(ScenarioRow.ofCutover(cutoverId).stream()
                    .collect(Collectors.toMap(s -> s.scenarioId, Function.identity())),
                    TesterRow.ofCutover(cutoverId).stream().collect(Collectors.toMap(t -> t.id, Function.identity())));
        }

        public ScenarioRow scenario(String scenarioId) {
            return scenarios.get(scenarioId);
        }

        public TesterRow tester(UUID testerId) {
            return testers.get(Objects.requireNonNull(testerId));
        }
    }
}
