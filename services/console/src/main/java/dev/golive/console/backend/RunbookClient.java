package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/**
 * runbook: a cutover's runbook (tasks with their plan, actuals and projection), instantiating it
 * from a template, moving tasks (start, complete, fail, skip) and ticking their checklists, the
 * go-live report, and the caller's tasks as a calendar feed.
 */
@RegisterRestClient(configKey = "runbook")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface RunbookClient {

    @GET
    @Path("/runbook-templates")
    List<Map<String, Object>> templates();

    @GET
    @Path("/cutovers/{cutoverId}/runbook")
    Map<String, Object> runbook(@PathParam("cutoverId") String cutoverId);

    @POST
    @Path("/cutovers/{cutoverId}/runbook")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> instantiate(@PathParam("cutoverId") String cutoverId, Map<String, Object> choice);

    /** {@code move} is one of start, complete, fail, skip. */
    @POST
    @Path("/cutovers/{cutoverId}/runbook/tasks/{taskId}/{move}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> move(@PathParam("cutoverId") String cutoverId, @PathParam("taskId") String taskId,
                             @PathParam("move") String move, Map<String, Object> body);

    @PUT
    @Path("/cutovers/{cutoverId}/runbook/tasks/{taskId}/checklist/{itemKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> check(@PathParam("cutoverId") String cutoverId, @PathParam("taskId") String taskId,
                              @PathParam("itemKey") String itemKey, Map<String, Object> item);

    @GET
    @Path("/cutovers/{cutoverId}/runbook/report")
    Map<String, Object> report(@PathParam("cutoverId") String cutoverId);

    @GET
    @Path("/cutovers/{cutoverId}/runbook/report.md")
    @Produces("text/markdown")
    String reportMarkdown(@PathParam("cutoverId") String cutoverId);

    @GET
    @Path("/me/runbook-tasks.ics")
    @Produces("text/calendar")
    String myTasksCalendar();
}
