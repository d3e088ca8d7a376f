package dev.golive.planner.domain;

import org.junit.jupiter.params.provider.Arguments;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures: the zones under test, their transitions in 2026–2028, every Friday of those years. */
final class ZoneFixtures {

    static final List<ZoneId> ZONES = Stream.of(
                    "Europe/London", "America/New_York", "America/Santiago",
                    "Australia/Lord_Howe", "Africa/Casablanca", "Asia/Kolkata")
            .map(ZoneId::of)
            .toList();

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2029, 1, 1);

    private ZoneFixtures() {
    }

    /** Transitions whose instant lies in 2026–2028 (UTC), from {@link ZoneRules#nextTransition}. */
    static List<ZoneOffsetTransition> transitions(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant from = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        Instant end = END.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ZoneOffsetTransition> result = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(from);
             t != null && t.getInstant().isBefore(end);
             t = rules.nextTransition(t.getInstant())) {
            result.add(t);
        }
        return result;
    }

    /** (zone, transition) for every transition of every zone under test. */
    static Stream<Arguments> zoneTransitions() {
        return ZONES.stream().flatMap(zone -> transitions(zone).stream().map(t -> Arguments.of(zone, t)));
    }

    static List<LocalDate> fridays() {
        List<LocalDate> fridays = new ArrayList<>();
        for (LocalDate d = FIRST_DAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)); d.isBefore(END); d = d.plusWeeks(1)) {
            fridays.add(d);
        }
        return fridays;
    }

    /** (zone, Friday) for every Friday of 2026–2028 in every zone under test. */
    static Stream<Arguments> zoneFridays() {
        List<LocalDate> fridays = fridays();
        return ZONES.stream().flatMap(zone -> fridays.stream().map(friday -> Arguments.of(zone, friday)));
    }

    /** A local time strictly inside the gap or overlap of a transition: its middle. */
    static LocalDateTime inside(ZoneOffsetTransition t) {
        Duration half = t.getDuration().abs().dividedBy(2);
        LocalDateTime start = t.isGap() ? t.getDateTimeBefore() : t.getDateTimeAfter();
        return start.plus(half);
    }

    /** Where the zone rules put a local time: the transition instant for a gap, the earliest valid offset otherwise. */
    static Instant expectedInstant(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return offsets.stream().map(local::toInstant).min(Instant::compareTo).orElseThrow();
    }
}
