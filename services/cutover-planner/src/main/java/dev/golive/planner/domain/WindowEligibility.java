package dev.golive.planner.domain;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a computed window may be chosen now. Each rule is checked on its own and every
 * reason that applies is returned (an empty list means eligible):
 * <ul>
 *   <li>{@code IN_THE_PAST}: the downtime start instant is at or before {@code now};</li>
 *   <li>{@code BEFORE_MINIMUM_LEAD_TIME}: the downtime start instant is after {@code now} but
 *       before {@code now + minimumLeadTime} (a window in the past is reported as in the past
 *       only, not also as too soon);</li>
 *   <li>{@code BLACKOUT}: a local date from the downtime start's date to the business resume's
 *       date (inclusive, in the window's zone) lies in a blackout {@code [from, to]} (inclusive);
 *       one reason per blackout;</li>
 *   <li>{@code TEAM_CONFLICT}: the weekend {@code [downtime start, business resume)} overlaps
 *       another cutover's {@code [from, to)}; one reason per cutover. The caller leaves the
 *       cutover being planned out of {@code teamWeekends}.</li>
 *   <li>{@code HOLIDAY}: a public holiday falls on a local date from the go/no-go's date (the
 *       decision is taken that day, so people must be at work) to the business resume's date; one
 *       reason per holiday, naming it;</li>
 *   <li>{@code FREEZE_PERIOD}: like a blackout, for a freeze period of the client or team; one reason
 *       per freeze period, naming it.</li>
 * </ul>
 * A window whose milestones needed a daylight-saving rule is not ineligible for that.
 */
public final class WindowEligibility {

    private WindowEligibility() {
    }

    public static List<SkipReason> check(GoLiveWindow w, Instant now, GoLivePolicy p,
                                         List<Blackout> blackouts, List<BusyWeekend> teamWeekends) {
        return check(w, now, p, blackouts, teamWeekends, ClosedDays.NONE);
    }

    public static List<SkipReason> check(GoLiveWindow w, Instant now, GoLivePolicy p,
                                         List<Blackout> blackouts, List<BusyWeekend> teamWeekends,
                                         ClosedDays closed) {
        Objects.requireNonNull(closed, "closed");
        Objects.requireNonNull(w, "window");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(p, "policy");
        Objects.requireNonNull(p.minimumLeadTime(), "policy.minimumLeadTime");
        Objects.requireNonNull(blackouts, "blackouts");
        Objects.requireNonNull(teamWeekends, "teamWeekends");

        List<SkipReason> reasons = new ArrayList<>();
        ResolvedTime start = w.downtimeStart();
        Instant startInstant = start.instant();

        Instant earliest = now.plus(p.minimumLeadTime());
        if (!startInstant.isAfter(now)) {
            reasons.add(new SkipReason(SkipReason.Kind.IN_THE_PAST,
                    "downtime would start at " + describe(start) + ", which is not after now (" + now + ")"));
        } else if (startInstant.isBefore(earliest)) {
            reasons.add(new SkipReason(SkipReason.Kind.BEFORE_MINIMUM_LEAD_TIME,
                    "downtime would start at " + describe(start) + ", less than the minimum lead time of "
                            + p.minimumLeadTime() + " from now (earliest " + earliest + ")"));
        }

        LocalDate firstDay = start.local().toLocalDate();
        LocalDate lastDay = w.businessResume().local().toLocalDate();
        for (Blackout blackout : blackouts) {
            Objects.requireNonNull(blackout.from(), "blackout.from");
            Objects.requireNonNull(blackout.to(), "blackout.to");
            LocalDate overlapFrom = max(firstDay, blackout.from());
            LocalDate overlapTo = min(lastDay, blackout.to());
            if (!overlapFrom.isAfter(overlapTo)) {
                String days = overlapFrom.equals(overlapTo) ? overlapFrom.toString() : overlapFrom + " to " + overlapTo;
                reasons.add(new SkipReason(SkipReason.Kind.BLACKOUT,
                        "blackout \"" + Objects.toString(blackout.reason(), "(no reason given)") + "\" from " + blackout.from() + " to " + blackout.to()
                                + " covers " + days + " of the weekend " + firstDay + " to " + lastDay));
            }
        }

        for (FreezePeriod freeze : closed.freezes()) {
            LocalDate overlapFrom = max(firstDay, freeze.from());
            LocalDate overlapTo = min(lastDay, freeze.to());
            if (!overlapFrom.isAfter(overlapTo)) {
                String days = overlapFrom.equals(overlapTo) ? overlapFrom.toString() : overlapFrom + " to " + overlapTo;
                reasons.add(new SkipReason(SkipReason.Kind.FREEZE_PERIOD,
                        "freeze period \"" + freeze.name() + "\" from " + freeze.from() + " to " + freeze.to()
                                + " covers " + days + " of the weekend " + firstDay + " to " + lastDay));
            }
        }

        // The go/no-go is decided on a working day: a holiday on its date closes the weekend as well.
        LocalDate goNoGoDay = w.get(Milestone.GO_NO_GO).local().toLocalDate();
        LocalDate holidaysFrom = goNoGoDay.isBefore(firstDay) ? goNoGoDay : firstDay;
        closed.holidays().stream()
                .filter(h -> !h.date().isBefore(holidaysFrom) && !h.date().isAfter(lastDay))
                .sorted(java.util.Comparator.comparing(PublicHoliday::date))
                .forEach(h -> reasons.add(new SkipReason(SkipReason.Kind.HOLIDAY,
                        "public holiday \"" + h.name() + "\" on " + h.date()
                                + (h.date().equals(goNoGoDay) ? ", the go/no-go day," : "")
                                + " falls in the weekend " + holidaysFrom + " (go/no-go) to " + lastDay)));

        Interval weekend = w.weekend();
        for (BusyWeekend other : teamWeekends) {
            if (weekend.overlaps(other.interval())) {
                reasons.add(new SkipReason(SkipReason.Kind.TEAM_CONFLICT,
                        "the on-call team is busy with cutover \"" + other.name() + "\" (" + other.cutoverId()
                                + ") from " + other.from() + " to " + other.to()));
            }
        }
        return List.copyOf(reasons);
    }

    private static String describe(ResolvedTime t) {
        return t.local() + " " + t.zone().getId() + " (" + t.instant() + ")";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
