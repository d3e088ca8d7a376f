package dev.golive.planner.domain;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.GoLivePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** Results depend on the cutover's zone only, never on the JVM's. */
@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DefaultZoneIndependenceTest {

    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");

    private TimeZone before;

    @BeforeEach
    void remember_the_default_zone() {
        before = TimeZone.getDefault();
    }

    @AfterEach
    void restore_the_default_zone() {
        TimeZone.setDefault(before);
    }

    /** Windows on every Friday and on every transition date of the zones under test, plus proposals. */
    private static List<Object> everything() {
        List<Object> results = new ArrayList<>();
        GoLivePolicy p = GoLivePolicy.defaults();
        for (ZoneId zone : ZoneFixtures.ZONES) {
            for (LocalDate friday : ZoneFixtures.fridays()) {
                GoLiveWindow w = WindowCalculator.compute(friday.atTime(17, 0), zone, p);
                results.add(w);
                results.add(w.milestonesInTimeOrder());
            }
            ZoneFixtures.transitions(zone).forEach(t -> {
                LocalDateTime inside = ZoneFixtures.inside(t);
                results.add(ZonedTimeResolver.resolve(inside, zone));
                results.add(WindowCalculator.compute(inside, zone, p));
            });
            results.add(WindowProposer.propose(zone, p,
                    List.of(new Blackout(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 8), "month-end close")),
                    List.of(), NOW, 5));
        }
        return results;
    }

    @Test
    void the_test_class_runs_with_a_default_zone_no_cutover_uses() {
        assertThat(ZoneId.systemDefault().getId()).isEqualTo(ForeignDefaultZone.ZONE);
        assertThat(ZoneFixtures.ZONES).doesNotContain(ZoneId.systemDefault());
    }

    @Test
    void results_do_not_change_when_the_jvm_default_zone_changes() {
        List<Object> underChatham = everything();

        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        assertThat(ZoneId.systemDefault().getId()).isEqualTo("Pacific/Kiritimati");
        List<Object> underKiritimati = everything();

        assertThat(underChatham).hasSizeGreaterThan(2 * 6 * 157);
        assertThat(underKiritimati).isEqualTo(underChatham);
    }
}
