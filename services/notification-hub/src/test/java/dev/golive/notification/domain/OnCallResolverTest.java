package dev.golive.notification.domain;

import dev.golive.contracts.testing.RosterPublished;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OnCallResolverTest {

    static final Instant FRI_17 = Instant.parse("2026-12-04T17:00:00Z");
    static final Instant SAT_05 = Instant.parse("2026-12-05T05:00:00Z");
    static final Instant SAT_17 = Instant.parse("2026-12-05T17:00:00Z");

    static final List<RosterShift> ROSTER = List.of(
            new RosterShift("sh-1", "oscar", PageLevel.PRIMARY, FRI_17, SAT_05),
            new RosterShift("sh-2", "nina", PageLevel.SECONDARY, FRI_17, SAT_05),
            new RosterShift("sh-3", "nina", PageLevel.PRIMARY, SAT_05, SAT_17),
            new RosterShift("sh-4", "oscar", PageLevel.SECONDARY, SAT_05, SAT_17));

    private static final List<Recipient> STAKEHOLDERS = List.of(People.sam(), People.nina(), People.olivia(), People.oscar());

    @Test
    void the_roster_says_who_is_primary_and_secondary_at_each_instant() {
        OnCallResolver resolver = OnCallResolver.from(ROSTER, STAKEHOLDERS);

        assertThat(resolver.who(PageLevel.PRIMARY, FRI_17)).contains("oscar");
        assertThat(resolver.who(PageLevel.SECONDARY, FRI_17)).contains("nina");
        assertThat(resolver.who(PageLevel.PRIMARY, SAT_05.minusSeconds(1))).contains("oscar");
        assertThat(resolver.who(PageLevel.PRIMARY, SAT_05)).contains("nina");
        assertThat(resolver.who(PageLevel.SECONDARY, SAT_05)).contains("oscar");
    }

    @Test
    void outside_the_roster_the_on_call_stakeholders_stand_in_first_primary_then_secondary() {
        OnCallResolver resolver = OnCallResolver.from(ROSTER, STAKEHOLDERS);

        assertThat(resolver.who(PageLevel.PRIMARY, SAT_17)).contains("nina");
        assertThat(resolver.who(PageLevel.SECONDARY, SAT_17)).contains("oscar");
        assertThat(OnCallResolver.from(List.of(), List.of(People.oscar())).who(PageLevel.SECONDARY, FRI_17)).isEmpty();
    }

    @Test
    void a_gap_in_one_role_only_falls_back_for_that_role() {
        OnCallResolver resolver = OnCallResolver.from(List.of(new RosterShift("sh-1", "theo", PageLevel.PRIMARY, FRI_17, SAT_05)),
                STAKEHOLDERS);

        assertThat(resolver.who(PageLevel.PRIMARY, FRI_17)).contains("theo");
        assertThat(resolver.who(PageLevel.SECONDARY, FRI_17)).contains("oscar");
    }

    @Test
    void when_shifts_overlap_the_one_that_started_last_has_taken_over() {
        OnCallResolver resolver = OnCallResolver.from(List.of(
                new RosterShift("sh-1", "oscar", PageLevel.PRIMARY, FRI_17, SAT_05.plusSeconds(1800)),
                new RosterShift("sh-2", "nina", PageLevel.PRIMARY, SAT_05, SAT_17)), List.of());

        assertThat(resolver.who(PageLevel.PRIMARY, SAT_05.plusSeconds(60))).contains("nina");
    }

    @Test
    void the_ops_lead_level_is_the_first_ops_lead_and_exhausted_is_nobody() {
        OnCallResolver resolver = OnCallResolver.from(ROSTER, STAKEHOLDERS);

        assertThat(resolver.who(PageLevel.OPS_LEAD, FRI_17)).contains("olivia");
        assertThat(resolver.who(PageLevel.EXHAUSTED, FRI_17)).isEmpty();
        assertThat(OnCallResolver.from(ROSTER, List.of(People.oscar())).who(PageLevel.OPS_LEAD, FRI_17)).isEmpty();
    }

    @Test
    void a_published_roster_becomes_shifts_and_what_cannot_page_anyone_is_left_out() {
        RosterPublished published = new RosterPublished("c-1", List.of(
                new RosterPublished.Shift("sh-1", "oscar", "PRIMARY", FRI_17, SAT_05),
                new RosterPublished.Shift("sh-2", "nina", "secondary", FRI_17, SAT_05),
                new RosterPublished.Shift("sh-3", "theo", "OBSERVER", FRI_17, SAT_05),
                new RosterPublished.Shift("sh-4", " ", "PRIMARY", FRI_17, SAT_05),
                new RosterPublished.Shift("sh-5", "tess", "PRIMARY", SAT_05, FRI_17)), List.of(), List.of(), "olivia", FRI_17);

        assertThat(RosterShift.from(published)).containsExactly(
                new RosterShift("sh-1", "oscar", PageLevel.PRIMARY, FRI_17, SAT_05),
                new RosterShift("sh-2", "nina", PageLevel.SECONDARY, FRI_17, SAT_05));
    }

    @Test
    void a_shift_is_primary_or_secondary_and_ends_after_it_starts() {
        assertThatThrownBy(() -> new RosterShift("x", "oscar", PageLevel.OPS_LEAD, FRI_17, SAT_05))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RosterShift("x", "oscar", PageLevel.PRIMARY, FRI_17, FRI_17))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
