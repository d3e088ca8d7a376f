package dev.golive.testing.tester;

import dev.golive.problems.ProblemException;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.BusinessArea;
import dev.golive.testing.domain.Slot;
import dev.golive.testing.domain.StagingRoundRules;
import dev.golive.testing.domain.Tester;
import dev.golive.testing.domain.TesterRules;
import dev.golive.testing.plan.AssignmentRow;
import dev.golive.testing.plan.PlanRow;
import dev.golive.problems.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The tester use cases: add, change and remove a tester. A tester's username is unique within the
 * cutover (it decides whose assignments a login may record results on). Changes reach the plan when
 * it is planned again.
 */
@ApplicationScoped
public class TesterService {

    @Inject
    Clock clock;

    @Transactional
    public TesterRow create(UUID cutoverId, TesterRequest request, String user) {
        UUID id = UUID.randomUUID();
        Tester tester = validated(id, request);
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        List<Slot> staging = stagingSlots(request, cutover);
        requireFreeUsername(cutoverId, tester.username(), null);
        TesterRow row = new TesterRow();
        row.id = id;
        row.cutoverId = cutoverId;
        row.take(tester);
        row.takeStaging(staging);
        row.updatedBy = user;
        row.updatedAt = now;
        row.persist();
        return row;
    }

    @Transactional
    public TesterRow update(UUID cutoverId, UUID testerId, TesterRequest request, String user) {
        Tester tester = validated(testerId, request);
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        List<Slot> staging = stagingSlots(request, cutover);
        TesterRow row = TesterRow.of(cutoverId, testerId).orElseThrow(() -> ProblemException.notFound("tester", testerId));
        requireFreeUsername(cutoverId, tester.username(), testerId);
        if (!row.toDomain().equals(tester) || !row.stagingSlots().equals(staging)) {
            row.take(tester);
            row.takeStaging(staging);
            row.updatedBy = user;
            row.updatedAt = now;
        }
        return row;
    }

    /** Removes a tester; their assignments go with them from a draft plan, from a published one it is refused. */
    @Transactional
    public void delete(UUID cutoverId, UUID testerId) {
        CutoverProjection.lock(cutoverId, clock.instant()).requireNotCancelled();
        TesterRow row = TesterRow.of(cutoverId, testerId).orElseThrow(() -> ProblemException.notFound("tester", testerId));
        if (AssignmentRow.countOfTester(testerId) > 0) {
            if (PlanRow.isPublished(cutoverId)) {
                throw ProblemException.conflict("in-published-plan", "tester " + testerId
                        + " has assignments in the published plan; move them or plan again first",
                        List.of("IN_PUBLISHED_PLAN"));
            }
            AssignmentRow.delete("testerId", testerId);
        }
        row.delete();
    }

    /**
     * The staging availability of the request (none when left out), checked like the availability and,
     * once the go-live window is known, ending before its downtime starts. Checked with the cutover's
     * row locked, so the window cannot move meanwhile; a refusal writes nothing.
     */
    private static List<Slot> stagingSlots(TesterRequest request, CutoverProjection cutover) {
        if (request.stagingAvailability() == null) {
            return List.of();
        }
        Violations violations = new Violations();
        List<Slot> slots = slots(violations, "stagingAvailability", request.stagingAvailability());
        violations.addRules(StagingRoundRules.checkAvailability(slots, cutover.downtimeStart));
        violations.refuse();
        return slots;
    }

    private static List<Slot> slots(Violations violations, String field, List<TesterRequest.SlotRequest> requested) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            TesterRequest.SlotRequest slot = requested.get(i);
            if (slot == null) {
                violations.add(field + "[" + i + "]", "is required");
                slots.add(new Slot(null, null));
            } else {
                slots.add(new Slot(slot.start(), slot.end()));
            }
        }
        return slots;
    }

    private static Tester validated(UUID id, TesterRequest request) {
        Violations violations = new Violations();
        Set<BusinessArea> areas = null;
        if (request.areas() != null) {
            areas = EnumSet.noneOf(BusinessArea.class);
            for (int i = 0; i < request.areas().size(); i++) {
                BusinessArea area = violations.enumValue("areas[" + i + "]", request.areas().get(i), BusinessArea.class, true);
                if (area != null) {
                    areas.add(area);
                }
            }
        }
        List<Slot> slots = request.availability() == null ? null
                : slots(violations, "availability", request.availability());
        int maxHours = violations.required("maxHours", request.maxHours());
        Tester tester = new Tester(id.toString(), Violations.strip(request.name()), Violations.strip(request.username()),
                Violations.strip(request.contact()), Violations.strip(request.zone()), areas, slots, maxHours);
        violations.addRules(TesterRules.check(tester));
        violations.refuse();
        return tester;
    }

    private static void requireFreeUsername(UUID cutoverId, String username, UUID except) {
        TesterRow holder = TesterRow.ofUsername(cutoverId, username).orElse(null);
        if (holder != null && !holder.id.equals(except)) {
            throw ProblemException.conflict("username-taken", "tester " + holder.id + " of this cutover signs in as "
                    + holder.username + " already", List.of("USERNAME_TAKEN"));
        }
    }
}
