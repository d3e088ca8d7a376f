package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.golive.notification.domain.PageLevel.EXHAUSTED;
import static dev.golive.notification.domain.PageLevel.OPS_LEAD;
import static dev.golive.notification.domain.PageLevel.PRIMARY;
import static dev.golive.notification.domain.PageLevel.SECONDARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PageTest {

    private static final Instant T0 = Instant.parse("2026-12-04T22:00:00Z");
    private static final Duration TIMEOUT = Page.DEFAULT_ACK_TIMEOUT;
    private static final OnCallResolver EVERYONE = OnCallResolver.from(OnCallResolverTest.ROSTER,
            List.of(People.olivia(), People.oscar(), People.nina(), People.sam()));

    private static Page open(OnCallResolver resolver) {
        return Page.open("p-1", "c-1", "Critical incident: invoices cannot be posted", "e-1",
                "golive.incident.IncidentReported.v1", resolver, T0, TIMEOUT);
    }

    /** The page after {@code n} unanswered timeouts. */
    private static Page escalated(Page page, int n) {
        Instant at = T0;
        for (int i = 0; i < n; i++) {
            at = page.ackDeadline().orElseThrow();
            page = page.escalate(EVERYONE, at);
        }
        return page;
    }

    @Test
    void a_page_goes_to_the_primary_first_with_a_deadline() {
        Page page = open(EVERYONE);

        assertThat(page.status()).isEqualTo(PageStatus.OPEN);
        assertThat(page.level()).isEqualTo(PRIMARY);
        assertThat(page.currentUsername()).contains("oscar");
        assertThat(page.ackDeadline()).contains(T0.plus(TIMEOUT));
        assertThat(page.steps()).containsExactly(new PageStep(PRIMARY, Optional.of("oscar"), T0, Optional.of(T0.plus(TIMEOUT)),
                StepOutcome.PENDING, Optional.empty()));
    }

    @Test
    void without_an_acknowledgement_it_climbs_primary_secondary_ops_lead_then_is_exhausted() {
        Page page = escalated(open(EVERYONE), 3);

        assertThat(page.status()).isEqualTo(PageStatus.EXHAUSTED);
        assertThat(page.steps()).extracting(PageStep::level, PageStep::username, PageStep::sentAt, PageStep::outcome)
                .containsExactly(
                        tuple(PRIMARY, Optional.of("oscar"), T0, StepOutcome.ESCALATED),
                        tuple(SECONDARY, Optional.of("nina"), T0.plus(TIMEOUT), StepOutcome.ESCALATED),
                        tuple(OPS_LEAD, Optional.of("olivia"), T0.plus(TIMEOUT.multipliedBy(2)), StepOutcome.ESCALATED),
                        tuple(EXHAUSTED, Optional.empty(), T0.plus(TIMEOUT.multipliedBy(3)), StepOutcome.EXHAUSTED));
        assertThat(page.steps().get(1).ackDeadline()).contains(T0.plus(TIMEOUT.multipliedBy(2)));
        assertThat(page.steps().get(0).outcomeAt()).contains(T0.plus(TIMEOUT));
        assertThat(page.currentUsername()).isEmpty();
        assertThat(page.ackDeadline()).isEmpty();
    }

    @Test
    void nothing_escalates_before_the_deadline() {
        Page page = open(EVERYONE);

        assertThat(page.escalationDue(T0.plus(TIMEOUT).minusNanos(1))).isFalse();
        assertThat(page.escalate(EVERYONE, T0.plus(TIMEOUT).minusNanos(1))).isSameAs(page);
        assertThat(page.escalationDue(T0.plus(TIMEOUT))).isTrue();
    }

    @ParameterizedTest(name = "at {0}, {1} acknowledges")
    @CsvSource(textBlock = """
            0, oscar,  PRIMARY
            1, nina,   SECONDARY
            2, olivia, OPS_LEAD
            """)
    void the_person_paged_at_each_level_stops_escalation_by_acknowledging(int timeouts, String who, PageLevel level) {
        Page before = escalated(open(EVERYONE), timeouts);
        Instant at = before.steps().get(before.steps().size() - 1).sentAt().plusSeconds(120);

        Page page = before.acknowledge(who, at);

        assertThat(page.status()).isEqualTo(PageStatus.ACKNOWLEDGED);
        assertThat(page.acknowledgement()).contains(new Acknowledgement(who, level, at, false));
        assertThat(page.steps()).hasSize(timeouts + 1);
        assertThat(page.steps().get(timeouts).outcome()).isEqualTo(StepOutcome.ACKNOWLEDGED);
        assertThat(page.steps().get(timeouts).outcomeAt()).contains(at);
        assertThat(page.escalate(EVERYONE, at.plus(Duration.ofHours(1)))).isSameAs(page);
    }

    @Test
    void levels_with_nobody_are_skipped_and_recorded() {
        OnCallResolver onlyTheOpsLead = OnCallResolver.from(List.of(), List.of(People.olivia(), People.sam()));

        Page page = open(onlyTheOpsLead);

        assertThat(page.level()).isEqualTo(OPS_LEAD);
        assertThat(page.currentUsername()).contains("olivia");
        assertThat(page.ackDeadline()).contains(T0.plus(TIMEOUT));
        assertThat(page.steps()).extracting(PageStep::level, PageStep::outcome).containsExactly(
                tuple(PRIMARY, StepOutcome.SKIPPED), tuple(SECONDARY, StepOutcome.SKIPPED), tuple(OPS_LEAD, StepOutcome.PENDING));
    }

    @Test
    void a_missing_secondary_is_skipped_when_the_primary_times_out() {
        OnCallResolver oneOnCall = OnCallResolver.from(List.of(), List.of(People.oscar(), People.olivia()));
        Page page = open(oneOnCall);

        Page next = page.escalate(oneOnCall, T0.plus(TIMEOUT));

        assertThat(next.steps()).extracting(PageStep::level, PageStep::username, PageStep::outcome).containsExactly(
                tuple(PRIMARY, Optional.of("oscar"), StepOutcome.ESCALATED),
                tuple(SECONDARY, Optional.empty(), StepOutcome.SKIPPED),
                tuple(OPS_LEAD, Optional.of("olivia"), StepOutcome.PENDING));
        assertThat(next.newSteps(page)).extracting(PageStep::level).containsExactly(SECONDARY, OPS_LEAD);
    }

    @Test
    void someone_already_paged_is_not_paged_again_at_the_next_level() {
        OnCallResolver oscarTwice = OnCallResolver.from(List.of(
                new RosterShift("a", "oscar", PRIMARY, T0, T0.plus(Duration.ofHours(8))),
                new RosterShift("b", "oscar", SECONDARY, T0, T0.plus(Duration.ofHours(8)))), List.of(People.olivia()));

        Page page = open(oscarTwice).escalate(oscarTwice, T0.plus(TIMEOUT));

        assertThat(page.steps()).extracting(PageStep::level, PageStep::outcome).containsExactly(
                tuple(PRIMARY, StepOutcome.ESCALATED), tuple(SECONDARY, StepOutcome.SKIPPED), tuple(OPS_LEAD, StepOutcome.PENDING));
    }

    @Test
    void with_nobody_at_all_the_page_is_exhausted_at_once() {
        Page page = open(OnCallResolver.from(List.of(), List.of(People.sam())));

        assertThat(page.status()).isEqualTo(PageStatus.EXHAUSTED);
        assertThat(page.steps()).extracting(PageStep::level).containsExactly(PRIMARY, SECONDARY, OPS_LEAD, EXHAUSTED);
    }

    @Test
    void escalation_asks_the_roster_at_the_moment_it_escalates() {
        Instant handover = T0.plus(Duration.ofMinutes(5));
        OnCallResolver roster = OnCallResolver.from(List.of(
                new RosterShift("a", "nina", SECONDARY, T0, handover),
                new RosterShift("b", "theo", SECONDARY, handover, handover.plus(Duration.ofHours(8))),
                new RosterShift("c", "oscar", PRIMARY, T0, handover.plus(Duration.ofHours(8)))), List.of());

        Page page = open(roster).escalate(roster, T0.plus(TIMEOUT));

        assertThat(page.currentUsername()).contains("theo");
    }

    @Test
    void someone_not_paged_may_not_acknowledge_and_nothing_changes() {
        Page page = open(EVERYONE);

        assertThatThrownBy(() -> page.acknowledge("tess", T0.plusSeconds(60)))
                .isInstanceOf(PageAcknowledgementDenied.class).hasMessageContaining("tess");
        assertThatThrownBy(() -> page.acknowledge("nina", T0.plusSeconds(60)))
                .isInstanceOf(PageAcknowledgementDenied.class);
        assertThat(page.status()).isEqualTo(PageStatus.OPEN);
    }

    @Test
    void an_ops_lead_may_take_over_at_any_level_and_that_is_recorded() {
        Page page = open(EVERYONE).acknowledge("olivia", T0.plusSeconds(60), true);

        assertThat(page.status()).isEqualTo(PageStatus.ACKNOWLEDGED);
        assertThat(page.acknowledgement()).contains(new Acknowledgement("olivia", PRIMARY, T0.plusSeconds(60), true));
    }

    @Test
    void the_primary_who_answers_after_the_page_moved_on_still_stops_it() {
        Page atSecondary = escalated(open(EVERYONE), 1);

        Page page = atSecondary.acknowledge("Oscar", T0.plus(TIMEOUT).plusSeconds(30));

        assertThat(page.acknowledgement()).contains(new Acknowledgement("Oscar", SECONDARY, T0.plus(TIMEOUT).plusSeconds(30), false));
        assertThat(page.steps()).extracting(PageStep::outcome).containsExactly(StepOutcome.ESCALATED, StepOutcome.ACKNOWLEDGED);
    }

    @Test
    void an_acknowledgement_after_the_deadline_but_before_escalation_counts() {
        Page page = open(EVERYONE).acknowledge("oscar", T0.plus(TIMEOUT).plusSeconds(5));

        assertThat(page.status()).isEqualTo(PageStatus.ACKNOWLEDGED);
        assertThat(page.escalate(EVERYONE, T0.plus(TIMEOUT).plusSeconds(6)).steps()).hasSize(1);
    }

    @Test
    void acknowledging_twice_is_idempotent_for_the_same_person_and_a_conflict_for_another() {
        Page page = open(EVERYONE).acknowledge("oscar", T0.plusSeconds(60), false);

        assertThat(page.acknowledge("OSCAR", T0.plusSeconds(90))).isSameAs(page);
        assertThatThrownBy(() -> page.acknowledge("olivia", T0.plusSeconds(90), true))
                .isInstanceOf(PageAlreadyClosed.class).hasMessageContaining("oscar");
    }

    @Test
    void an_exhausted_page_cannot_be_acknowledged() {
        Page page = escalated(open(EVERYONE), 3);

        assertThatThrownBy(() -> page.acknowledge("olivia", T0.plus(Duration.ofHours(1)), true))
                .isInstanceOf(PageAlreadyClosed.class).hasMessageContaining("exhausted");
        assertThatThrownBy(() -> page.acknowledge("oscar", T0.plus(Duration.ofHours(1))))
                .isInstanceOf(PageAlreadyClosed.class);
    }

    @Test
    void a_stored_page_is_checked_when_restored() {
        assertThatThrownBy(() -> new Page("p", "c", "r", "e", "t", TIMEOUT, List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageStep(PRIMARY, Optional.empty(), T0, Optional.of(T0), StepOutcome.PENDING, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageStep(OPS_LEAD, Optional.empty(), T0, Optional.empty(), StepOutcome.EXHAUSTED, Optional.of(T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.open("p", "c", "r", "e", "t", EVERYONE, T0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_page_of_a_step_reaches_only_the_person_paged() {
        Page page = escalated(open(EVERYONE), 1);
        PageStep step = page.current().orElseThrow();
        CutoverContext context = CutoverContext.unknown("c-1");

        Notice notice = Notices.page(page, step, Duration.ZERO, context);

        assertThat(notice.kind()).isEqualTo(NoticeKind.PAGE);
        assertThat(notice.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(notice.onlyForUsername()).contains("nina");
        assertThat(notice.facts()).containsEntry(Facts.PAGE_LEVEL, "SECONDARY").containsEntry(Facts.PAGE_ID, "p-1")
                .containsEntry(Facts.ACKNOWLEDGE_BY, step.ackDeadline().orElseThrow());
        assertThat(notice.key()).isNotEqualTo(Notices.page(page, page.steps().get(0), Duration.ZERO, context).key());
        assertThat(Routing.recipients(notice, List.of(People.olivia(), People.oscar(), People.nina())))
                .extracting(a -> a.recipient().username()).containsOnly("nina");
    }

    private static Page openFor(String owner) {
        PageTrigger overdue = new PageTrigger("c-1", List.of("runbook-overdue:task-7:1"), "Runbook task overdue: Smoke test",
                "e-1", "golive.runbook.RunbookTaskOverdue.v1", Optional.ofNullable(owner));
        return Page.open("p-1", overdue, EVERYONE, T0, TIMEOUT);
    }

    @Test
    void a_page_about_someones_task_pages_them_first_then_climbs_the_usual_escalation() {
        Page page = escalated(openFor("tess"), 4);

        assertThat(page.steps()).extracting(PageStep::level, PageStep::username, PageStep::outcome).containsExactly(
                tuple(PageLevel.OWNER, Optional.of("tess"), StepOutcome.ESCALATED),
                tuple(PRIMARY, Optional.of("oscar"), StepOutcome.ESCALATED),
                tuple(SECONDARY, Optional.of("nina"), StepOutcome.ESCALATED),
                tuple(OPS_LEAD, Optional.of("olivia"), StepOutcome.ESCALATED),
                tuple(EXHAUSTED, Optional.empty(), StepOutcome.EXHAUSTED));
        assertThat(openFor("tess").ackDeadline()).contains(T0.plus(TIMEOUT));
    }

    @Test
    void an_owner_who_is_also_the_primary_is_not_paged_twice_and_may_acknowledge() {
        Page page = escalated(openFor("oscar"), 1);

        assertThat(page.steps()).extracting(PageStep::level, PageStep::username).containsExactly(
                tuple(PageLevel.OWNER, Optional.of("oscar")),
                tuple(PRIMARY, Optional.empty()),
                tuple(SECONDARY, Optional.of("nina")));
        assertThat(page.acknowledge("oscar", T0.plus(TIMEOUT).plusSeconds(5)).status()).isEqualTo(PageStatus.ACKNOWLEDGED);
    }

    @Test
    void without_an_owner_a_trigger_pages_the_primary_first() {
        assertThat(openFor(null).level()).isEqualTo(PRIMARY);
        assertThat(openFor(" ").currentUsername()).contains("oscar");
        assertThat(PageLevel.OWNER.next()).isEqualTo(PRIMARY);
        assertThat(EVERYONE.who(PageLevel.OWNER, T0)).isEmpty();
    }
}
