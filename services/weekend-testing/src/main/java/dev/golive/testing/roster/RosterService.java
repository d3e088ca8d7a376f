package dev.golive.testing.roster;

import dev.golive.contracts.testing.RosterPublished;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.RosterCheck;
import dev.golive.testing.domain.Shift;
import dev.golive.testing.domain.ShiftRole;
import dev.golive.testing.domain.ShiftRules;
import dev.golive.problems.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishing the on-call roster: the shifts replace the previous ones, are checked against the
 * cutover's downtime start → business resume ({@link RosterCheck}: gaps per role, people on two
 * shifts at once) and announced with what the check found (RosterPublished). A roster with gaps is
 * published all the same: it is what people need to see and fix.
 */
@ApplicationScoped
public class RosterService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Transactional
    public RosterView publish(UUID cutoverId, RosterRequest request, String user) {
        List<Shift> shifts = read(request);
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.lock(cutoverId, now).requireRosterWindow();
        RosterCheck check = RosterCheck.check(shifts, cutover.downtimeStart, cutover.businessResume);

        ShiftRow.delete("cutoverId", cutoverId);
        for (int i = 0; i < shifts.size(); i++) {
            Shift s = shifts.get(i);
            ShiftRow row = new ShiftRow();
            row.rowId = UUID.randomUUID();
            row.cutoverId = cutoverId;
            row.position = i;
            row.shiftId = s.id();
            row.person = s.person();
            row.role = s.role();
            row.start = s.start();
            row.end = s.end();
            row.persist();
        }
        RosterRow roster = RosterRow.findById(cutoverId);
        if (roster == null) {
            roster = new RosterRow();
            roster.cutoverId = cutoverId;
        }
        roster.publishedBy = user;
        roster.publishedAt = now;
        if (!roster.isPersistent()) {
            roster.persist();
        }
        outbox.append(new RosterPublished(cutoverId.toString(),
                shifts.stream().map(s -> new RosterPublished.Shift(s.id(), s.person(), s.role().name(), s.start(), s.end()))
                        .toList(),
                check.gaps().stream().map(g -> new RosterPublished.Gap(g.role().name(), g.start(), g.end())).toList(),
                check.overlaps().stream().map(o -> new RosterPublished.Overlap(o.person(), o.firstShiftId(),
                        o.secondShiftId())).toList(),
                user, now));
        return view(cutover, shifts, check, roster);
    }

    /** The roster as published, checked against the cutover's current window. */
    public RosterView current(UUID cutoverId) {
        RosterRow roster = RosterRow.<RosterRow>findByIdOptional(cutoverId)
                .orElseThrow(() -> ProblemException.notFound("roster of cutover", cutoverId));
        CutoverProjection cutover = CutoverProjection.<CutoverProjection>findByIdOptional(cutoverId).orElseThrow();
        List<Shift> shifts = ShiftRow.ofCutover(cutoverId).stream().map(ShiftRow::toDomain).toList();
        RosterCheck check = cutover.hasRosterWindow()
                ? RosterCheck.check(shifts, cutover.downtimeStart, cutover.businessResume)
                : new RosterCheck(List.of(), List.of());
        return view(cutover, shifts, check, roster);
    }

    private static RosterView view(CutoverProjection cutover, List<Shift> shifts, RosterCheck check, RosterRow roster) {
        return new RosterView(cutover.downtimeStart, cutover.businessResume, cutover.zone,
                shifts.stream().map(s -> new RosterView.ShiftView(s.id(), s.person(), s.role().name(), s.start(), s.end()))
                        .toList(),
                check.gaps().stream().map(g -> new RosterView.GapView(g.role().name(), g.start(), g.end(), g.duration()))
                        .toList(),
                check.overlaps().stream().map(o -> new RosterView.OverlapView(o.person(), o.firstShiftId(),
                        o.secondShiftId(), o.start(), o.end())).toList(),
                check.sound(), roster.publishedBy, roster.publishedAt);
    }

    private static List<Shift> read(RosterRequest request) {
        Violations violations = new Violations();
        List<Shift> shifts = null;
        if (request.shifts() != null) {
            shifts = new ArrayList<>();
            for (int i = 0; i < request.shifts().size(); i++) {
                RosterRequest.ShiftRequest s = request.shifts().get(i);
                if (s == null) {
                    shifts.add(null);
                    continue;
                }
                ShiftRole role = violations.enumValue("shifts[" + i + "].role", s.role(), ShiftRole.class, true);
                String id = s.id() == null ? UUID.randomUUID().toString() : s.id().strip();
                shifts.add(new Shift(id, Violations.strip(s.person()), role, s.start(), s.end()));
            }
        }
        violations.addRules(ShiftRules.check(shifts));
        violations.refuse();
        return shifts;
    }
}
