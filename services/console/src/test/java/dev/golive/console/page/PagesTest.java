package dev.golive.console.page;

import dev.golive.console.backend.ProblemReader;
import dev.golive.console.backend.ServiceProblem;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent on to a service for a cutover planned a moment ago, which that service has not heard
 * of yet: the person reads that the cutover is still being set up there and may try again, with what
 * they typed kept — not an error about their input.
 */
class PagesTest {

    private static final String UNKNOWN_CUTOVER = """
            {"type":"https://golive.dev/problems/unknown-cutover","title":"Unknown cutover","status":404,
             "detail":"cutover 7d1c is not known to rollback-decision: cutover-planner has not announced it"}""";

    @Test
    void a_write_for_a_cutover_the_service_has_not_heard_of_yet_asks_to_try_again_in_a_moment() {
        ServiceProblem problem = new ProblemReader().toThrowable(Response.status(404).entity(UNKNOWN_CUTOVER).build());
        assertThat(problem.unknownCutover()).isTrue();
        AtomicReference<Form> drawn = new AtomicReference<>();
        Map<String, String> typed = Map.of("title", "Invoices posted twice", "severity", "HIGH");

        Response answer = Pages.submit("incident", typed, "rollback-decision", () -> {
            throw problem;
        }, form -> {
            drawn.set(form);
            return null;
        }, "/cutovers/7d1c");

        assertThat(answer.getStatus()).isEqualTo(409);
        Form form = drawn.get();
        assertThat(form.is("incident")).isTrue();
        assertThat(form.message()).isEqualTo(
                "This cutover is still being set up in rollback-decision; nothing was changed. Try again in a moment.");
        assertThat(form.values()).isEqualTo(typed);
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void any_other_not_found_stays_a_refusal_with_the_service_s_detail() {
        ServiceProblem problem = new ServiceProblem(404, "https://golive.dev/problems/not-found", "Not found",
                "no assignment a-9", Map.of(), List.of());
        assertThat(problem.unknownCutover()).isFalse();
        AtomicReference<Form> drawn = new AtomicReference<>();

        Response answer = Pages.submit("result", Map.of(), "weekend-testing", () -> {
            throw problem;
        }, form -> {
            drawn.set(form);
            return null;
        }, "/cutovers/7d1c");

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(drawn.get().message()).isEqualTo("no assignment a-9");
    }

    @Test
    void a_write_by_someone_the_service_does_not_count_among_the_members_says_so_and_keeps_the_form() {
        ServiceProblem problem = new ProblemReader().toThrowable(Response.status(403).entity("""
                {"type":"https://golive.dev/problems/not-a-member","title":"Not a member of this cutover","status":403,
                 "detail":"you take no part in cutover 7d1c in a role that may do this (on-call, ops-lead)"}""").build());
        assertThat(problem.notAMember()).isTrue();
        AtomicReference<Form> drawn = new AtomicReference<>();
        Map<String, String> typed = Map.of("title", "Invoices posted twice", "severity", "HIGH");

        Response answer = Pages.submit("incident", typed, "rollback-decision", () -> {
            throw problem;
        }, form -> {
            drawn.set(form);
            return null;
        }, "/cutovers/7d1c");

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(drawn.get().message()).isEqualTo("rollback-decision does not count you among this cutover's members"
                + " in a role that may do this; nothing was changed. If the cutover was planned or its members changed"
                + " a moment ago, try again in a moment; otherwise ask its ops lead to add you.");
        assertThat(drawn.get().values()).isEqualTo(typed);
    }

    @Test
    void a_service_that_does_not_answer_is_named_once_and_the_others_sections_still_draw() {
        Section<Object> silent = Section.of("integration-readiness", () -> {
            throw new jakarta.ws.rs.ProcessingException("Connection refused");
        });
        Section<Object> alsoSilent = Section.of("integration-readiness", () -> {
            throw new jakarta.ws.rs.ProcessingException("Connection refused");
        });
        Section<String> answering = Section.of("cutover-planner", () -> "Scheduled");
        Section<Object> refusing = Section.of("rollback-decision", () -> {
            throw new ServiceProblem(403, "https://golive.dev/problems/not-a-member", "Not a member", "", Map.of(),
                    List.of());
        });

        assertThat(Pages.unavailable(List.of(silent, answering, alsoSilent, refusing)))
                .containsExactly("integration-readiness");
        assertThat(answering.data()).isEqualTo("Scheduled");
        assertThat(refusing.unavailable()).isFalse();
    }
}
