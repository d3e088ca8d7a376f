package dev.golive.notification.domain;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.TaskOwner;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static dev.golive.notification.domain.NoticesTest.C;
import static dev.golive.notification.domain.NoticesTest.T;
import static dev.golive.notification.domain.NoticesTest.assessment;
import static dev.golive.notification.domain.NoticesTest.reported;
import static dev.golive.notification.domain.NoticesTest.updated;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PageTriggersTest {

    private static IncidentDetected detected(String severity, String sourceRef) {
        return new IncidentDetected(C, "weekend-testing", sourceRef, "Critical scenario failed: post an invoice", "",
                "INVOICING_AND_ACCOUNTING", severity, true, false, false, null, T);
    }

    static Stream<Arguments> what_pages_and_what_does_not() {
        return Stream.of(
                Arguments.of(reported("CRITICAL", "OPEN"), true),
                Arguments.of(reported("critical", null), true),
                Arguments.of(reported("HIGH", "OPEN"), false),
                Arguments.of(reported("CRITICAL", "MITIGATED"), false),
                Arguments.of(updated("CRITICAL", "OPEN"), true),
                Arguments.of(updated("CRITICAL", "MITIGATED"), false),
                Arguments.of(updated("MEDIUM", "OPEN"), false),
                Arguments.of(detected("CRITICAL", "as-1"), true),
                Arguments.of(detected("HIGH", "as-1"), false),
                Arguments.of(assessment("DECIDE_NOW"), true),
                Arguments.of(assessment("ROLL_BACK"), false),
                Arguments.of(assessment("FIX_FORWARD"), false),
                Arguments.of(new IncidentResolved(C, "i-1", "fixed", "oscar", T), false),
                Arguments.of(NoticesTest.overdue(new TaskOwner(TaskOwner.Kind.PERSON, "tess")), true),
                Arguments.of(NoticesTest.overdue(new TaskOwner(TaskOwner.Kind.ROLE, "tester")), true),
                Arguments.of(NoticesTest.overdue(new TaskOwner(TaskOwner.Kind.AUTOMATED, "upgrade-platform")), true),
                Arguments.of(NoticesTest.projection(NoticesTest.PNR.plusSeconds(3600), true), false));
    }

    @ParameterizedTest(name = "{0}: pages {1}")
    @MethodSource
    void what_pages_and_what_does_not(GoliveEvent event, boolean pages) {
        assertThat(PageTriggers.from("e-1", event).isPresent()).isEqualTo(pages);
    }

    @Test
    void a_detection_the_incident_it_becomes_and_its_updates_share_a_cause() {
        PageTrigger detection = PageTriggers.from("e-1", detected("CRITICAL", "as-1")).orElseThrow();
        IncidentReported fromDetection = new IncidentReported(C, "i-7", "Critical scenario failed: post an invoice", "",
                "INVOICING_AND_ACCOUNTING", "CRITICAL", true, false, false, null, "OPEN", "weekend-testing", "as-1",
                "weekend-testing", T);
        PageTrigger incident = PageTriggers.from("e-2", fromDetection).orElseThrow();
        PageTrigger update = PageTriggers.from("e-3", new dev.golive.contracts.incident.IncidentUpdated(C, "i-7",
                List.of("estimatedTimeToFix"), "t", "", "SALES", "CRITICAL", true, false, false, Duration.ofHours(1), "OPEN",
                "oscar", T)).orElseThrow();

        assertThat(detection.causes()).containsExactly("detection:weekend-testing:as-1");
        assertThat(incident.causes()).containsExactly("incident:i-7", "detection:weekend-testing:as-1");
        assertThat(update.causes()).containsExactly("incident:i-7");
        assertThat(incident.causes()).containsAnyElementsOf(detection.causes()).containsAnyElementsOf(update.causes());
    }

    @Test
    void an_incident_reported_by_hand_is_its_own_cause() {
        PageTrigger t = PageTriggers.from("e-1", reported("CRITICAL", "OPEN")).orElseThrow();

        assertThat(t.causes()).containsExactly("incident:i-1");
        assertThat(t.reason()).isEqualTo("Critical incident: Invoices cannot be posted");
        assertThat(t.sourceEventType()).isEqualTo("golive.incident.IncidentReported.v1");
        assertThat(t.cutoverId()).isEqualTo(C);
    }

    @Test
    void decide_now_pages_once_per_point_of_no_return() {
        PageTrigger first = PageTriggers.from("e-1", assessment("DECIDE_NOW")).orElseThrow();
        PageTrigger again = PageTriggers.from("e-2", assessment("DECIDE_NOW")).orElseThrow();

        assertThat(first.cause()).isEqualTo(again.cause()).isEqualTo("decide-now:" + NoticesTest.PNR.getEpochSecond());
    }

    @Test
    void a_long_reference_still_makes_a_short_unique_cause() {
        String a = PageTriggers.from("e-1", detected("CRITICAL", "r".repeat(500) + "a")).orElseThrow().cause();
        String b = PageTriggers.from("e-1", detected("CRITICAL", "r".repeat(500) + "b")).orElseThrow().cause();

        assertThat(a).hasSize(PageTriggers.MAX_CAUSE).startsWith("detection:weekend-testing:rrr").isNotEqualTo(b);
        assertThat(PageTriggers.bounded("incident:i-1")).isEqualTo("incident:i-1");
    }

    @Test
    void a_long_title_is_cut_in_the_reason() {
        IncidentReported longTitle = new IncidentReported(C, "i-1", "x".repeat(1000), "", "SALES", "CRITICAL", false, false,
                false, null, "OPEN", "rest", null, "oscar", Instant.EPOCH);

        assertThat(PageTriggers.from("e-1", longTitle).orElseThrow().reason()).hasSize(PageTriggers.MAX_REASON).endsWith("…");
    }

    @Test
    void a_page_opened_for_a_trigger_carries_its_source() {
        PageTrigger t = PageTriggers.from("e-1", reported("CRITICAL", "OPEN")).orElseThrow();

        Page page = Page.open("p-1", t, OnCallResolver.from(List.of(), List.of(People.oscar())), T, Page.DEFAULT_ACK_TIMEOUT);

        assertThat(page.sourceEventId()).isEqualTo("e-1");
        assertThat(page.reason()).isEqualTo(t.reason());
        assertThat(page.currentUsername()).contains("oscar");
    }

    @Test
    void an_overdue_task_pages_its_person_first_and_any_other_owner_from_the_roster_once_per_task_and_plan() {
        PageTrigger person = PageTriggers.from("e-1", NoticesTest.overdue(new TaskOwner(TaskOwner.Kind.PERSON, "tess")))
                .orElseThrow();
        PageTrigger role = PageTriggers.from("e-2", NoticesTest.overdue(new TaskOwner(TaskOwner.Kind.ROLE, "ops-lead")))
                .orElseThrow();
        PageTrigger machine = PageTriggers.from("e-3", NoticesTest.overdue(new TaskOwner(TaskOwner.Kind.AUTOMATED,
                "upgrade-platform"))).orElseThrow();

        assertThat(person.owner()).contains("tess");
        assertThat(role.owner()).isEmpty();
        assertThat(machine.owner()).isEmpty();
        assertThat(person.reason()).isEqualTo("Runbook task overdue: Upgrade production");
        // The same task and planned finish is one cause; re-planned, it may page again.
        assertThat(person.cause()).isEqualTo(role.cause()).startsWith("runbook-overdue:task-7:");
        RunbookTaskOverdue replanned = NoticesTest.overdue(new TaskOwner(TaskOwner.Kind.PERSON, "tess"));
        replanned = new RunbookTaskOverdue(replanned.cutoverId(), replanned.runbookId(), replanned.taskId(), replanned.title(),
                replanned.owner(), replanned.status(), replanned.plannedFinish().plusSeconds(3600), replanned.tolerance(),
                replanned.detectedAt(), null);
        assertThat(PageTriggers.from("e-4", replanned).orElseThrow().cause()).isNotEqualTo(person.cause());
    }
}
