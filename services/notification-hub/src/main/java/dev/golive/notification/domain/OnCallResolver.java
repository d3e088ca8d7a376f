package dev.golive.notification.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is to be paged at each level at an instant:
 * <ul>
 *   <li>PRIMARY and SECONDARY: the person of the roster shift of that role covering the instant;
 *       when two cover it (a handover that overlaps), the one that started last — the newer shift
 *       has taken over. When no shift of that role covers it (no roster, or a gap), the
 *       stakeholders with role ON_CALL, in their order: the first is primary, the second secondary;</li>
 *   <li>OPS_LEAD: the first stakeholder with role OPS_LEAD;</li>
 *   <li>OWNER and EXHAUSTED: nobody (the owner of a task is named by the page's trigger, not by the roster).</li>
 * </ul>
 */
public final class OnCallResolver {

    private final List<RosterShift> shifts;
    private final List<Recipient> stakeholders;

    private OnCallResolver(List<RosterShift> shifts, List<Recipient> stakeholders) {
        this.shifts = List.copyOf(shifts);
        this.stakeholders = List.copyOf(stakeholders);
    }

    public static OnCallResolver from(List<RosterShift> shifts, List<Recipient> stakeholders) {
        return new OnCallResolver(shifts, stakeholders);
    }

    public Optional<String> who(PageLevel level, Instant at) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(at, "at");
        return switch (level) {
            case PRIMARY, SECONDARY -> rostered(level, at).or(() -> onCallStakeholder(level == PageLevel.PRIMARY ? 0 : 1));
            case OPS_LEAD -> stakeholders.stream().filter(r -> r.role() == StakeholderRole.OPS_LEAD).map(Recipient::username)
                    .findFirst();
            case OWNER, EXHAUSTED -> Optional.empty();
        };
    }

    private Optional<String> rostered(PageLevel role, Instant at) {
        return shifts.stream()
                .filter(s -> s.role() == role && s.covers(at))
                .max(Comparator.comparing(RosterShift::start).thenComparing(RosterShift::shiftId, Comparator.reverseOrder()))
                .map(RosterShift::person);
    }

    private Optional<String> onCallStakeholder(int index) {
        List<String> onCall = stakeholders.stream().filter(r -> r.role() == StakeholderRole.ON_CALL)
                .map(Recipient::username).distinct().toList();
        return index < onCall.size() ? Optional.of(onCall.get(index)) : Optional.empty();
    }
}
