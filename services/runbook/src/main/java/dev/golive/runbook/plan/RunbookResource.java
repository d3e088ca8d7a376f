package dev.golive.runbook.plan;

import dev.golive.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Set;
import java.util.UUID;

/** A cutover's runbook: instantiate, read, edit tasks, carry them out. Thin: {@link RunbookService} decides. */
@Path("/api/cutovers/{cutoverId}/runbook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RunbookResource {

    private final RunbookService runbooks;
    private final SecurityIdentity caller;
    private final java.time.Clock clock;
    private final dev.golive.runbook.webhook.WebhookSecrets secrets;

    public RunbookResource(RunbookService runbooks, SecurityIdentity caller, java.time.Clock clock,
                           dev.golive.runbook.webhook.WebhookSecrets secrets) {
        this.runbooks = runbooks;
        this.caller = caller;
        this.clock = clock;
        this.secrets = secrets;
    }

    /** The upgrade platform's signing secret for this cutover, created or rotated; shown this once. */
    @POST
    @Path("/webhook-secret")
    @RolesAllowed(Roles.OPS_LEAD)
    public Response webhookSecret(@PathParam("cutoverId") UUID cutoverId) {
        return Response.status(201).header(jakarta.ws.rs.core.HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(secrets.rotate(cutoverId, user())).build();
    }

    public record InstantiateRequest(String templateId) {
    }

    public record CompleteRequest(String evidence) {
    }

    public record ReasonRequest(String reason) {
    }

    public record CheckRequest(Boolean checked, String evidence) {
    }

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    public Response instantiate(@PathParam("cutoverId") UUID cutoverId, InstantiateRequest body) {
        LoadedRunbook loaded = runbooks.instantiate(cutoverId, body == null ? null : body.templateId(), user());
        return Response.status(201).entity(RunbookView.of(loaded, user(), roles(cutoverId))).build();
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public RunbookView read(@PathParam("cutoverId") UUID cutoverId) {
        return RunbookView.of(runbooks.readOrThrow(cutoverId), user(), roles(cutoverId));
    }

    @POST
    @Path("/tasks")
    @RolesAllowed(Roles.OPS_LEAD)
    public Response add(@PathParam("cutoverId") UUID cutoverId, TaskRequest body) {
        TaskRow row = runbooks.addTask(cutoverId, body == null ? empty() : body, user());
        return Response.status(201).entity(view(cutoverId, row.taskId)).build();
    }

    @PUT
    @Path("/tasks/{taskId}")
    @RolesAllowed(Roles.OPS_LEAD)
    public RunbookView.TaskView update(@PathParam("cutoverId") UUID cutoverId, @PathParam("taskId") UUID taskId,
                                       TaskRequest body) {
        runbooks.updateTask(cutoverId, taskId, body == null ? empty() : body, user());
        return view(cutoverId, taskId);
    }

    @DELETE
    @Path("/tasks/{taskId}")
    @RolesAllowed(Roles.OPS_LEAD)
    public Response delete(@PathParam("cutoverId") UUID cutoverId, @PathParam("taskId") UUID taskId) {
        runbooks.deleteTask(cutoverId, taskId, user());
        return Response.noContent().build();
    }

    @POST
    @Path("/tasks/{taskId}/start")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER})
    public RunbookView.TaskView start(@PathParam("cutoverId") UUID cutoverId, @PathParam("taskId") UUID taskId) {
        return move(cutoverId, taskId, RunbookService.Move.START, null);
    }

    @POST
    @Path("/tasks/{taskId}/complete")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER})
    public RunbookView.TaskView complete(@PathParam("cutoverId") UUID cutoverId, @PathParam("taskId") UUID taskId,
                                         CompleteRequest body) {
        String evidence = body == null ? null : body.evidence();
        String violation = dev.golive.problems.json.TextRules.violation(evidence, dev.golive.runbook.domain.TaskGraph.MAX_DESCRIPTION);
        if (violation != null) {
            throw dev.golive.problems.ProblemException.invalid("evidence", violation);
        }
        return move(cutoverId, taskId, RunbookService.Move.COMPLETE, evidence);
    }

    @POST
    @Path("/tasks/{taskId}/fail")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER})
    public RunbookView.TaskView fail(@PathParam("cutoverId") UUID cutoverId, @PathParam("taskId") UUID taskId,
                                     ReasonRequest body) {
        return move(cutoverId, taskId, RunbookService.Move.FAIL, body == null ? null : body.reason());
    }

    @POST
    @Path("/tasks/{taskId}/skip")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER})
    public RunbookView.TaskView skip(@PathParam("cutoverId") UUID cutoverId, @PathParam("taskId") UUID taskId,
                                     ReasonRequest body) {
        return move(cutoverId, taskId, RunbookService.Move.SKIP, body == null ? null : body.reason());
    }

    @PUT
    @Path("/tasks/{taskId}/checklist/{itemKey}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER})
    public RunbookView.TaskView check(@PathParam("cutoverId") UUID cutoverId, @PathParam("taskId") UUID taskId,
                                      @PathParam("itemKey") String itemKey, CheckRequest body) {
        if (body == null || body.checked() == null) {
            throw dev.golive.problems.ProblemException.invalid("checked", "is required (true or false)");
        }
        runbooks.check(cutoverId, taskId, itemKey, body.checked(), body.evidence(), user(), roles(cutoverId));
        return view(cutoverId, taskId);
    }

    private RunbookView.TaskView move(UUID cutoverId, UUID taskId, RunbookService.Move move, String text) {
        runbooks.move(cutoverId, taskId, move, text, user(), roles(cutoverId), clock.instant());
        return view(cutoverId, taskId);
    }

    private RunbookView.TaskView view(UUID cutoverId, UUID taskId) {
        LoadedRunbook loaded = runbooks.readOrThrow(cutoverId);
        TaskRow row = loaded.task(taskId);
        return RunbookView.task(loaded, loaded.partOf(row), row, user(), roles(cutoverId));
    }

    private static TaskRequest empty() {
        return new TaskRequest(null, null, null, null, null, null, null);
    }

    private String user() {
        return caller.getPrincipal().getName();
    }

    private Set<String> roles(UUID cutoverId) {
        return runbooks.rolesOf(cutoverId, user());
    }
}
