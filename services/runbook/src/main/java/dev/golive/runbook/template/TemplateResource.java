package dev.golive.runbook.template;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.runbook.domain.RunbookTemplate;
import dev.golive.runbook.domain.TemplateTask;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Runbook templates: the built-in "Odoo.sh go-live" and editable copies (ops leads and admins). */
@Path("/api/runbook-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
public class TemplateResource {

    private final Templates templates;
    private final SecurityIdentity caller;

    public TemplateResource(Templates templates, SecurityIdentity caller) {
        this.templates = templates;
        this.caller = caller;
    }

    public record TemplateSummary(String templateId, String name, String description, int tasks, boolean builtIn) {
    }

    public record TemplateView(String templateId, String name, String description, boolean builtIn,
                               List<TemplateTask> tasks, List<TemplateTask> rollbackTasks) {
        static TemplateView of(RunbookTemplate t) {
            return new TemplateView(t.templateId(), t.name(), t.description(), t.builtIn(), t.tasks(), t.rollbackTasks());
        }
    }

    @GET
    public List<TemplateSummary> list() {
        return templates.all().stream().map(t -> new TemplateSummary(t.templateId(), t.name(), t.description(),
                t.tasks().size(), t.builtIn())).toList();
    }

    @GET
    @Path("/{templateId}")
    public TemplateView get(@PathParam("templateId") String templateId) {
        return TemplateView.of(templates.find(templateId).orElseThrow(() -> ProblemException.notFound("template", templateId)));
    }

    @POST
    public Response create(Templates.TemplateRequest body) {
        RunbookTemplate created = templates.create(body == null ? new Templates.TemplateRequest(null, null, null, null, null)
                : body, caller.getPrincipal().getName());
        return Response.status(201).entity(TemplateView.of(created)).build();
    }

    @PUT
    @Path("/{templateId}")
    public TemplateView update(@PathParam("templateId") String templateId, Templates.TemplateRequest body) {
        return TemplateView.of(templates.update(templateId, body == null
                ? new Templates.TemplateRequest(null, null, null, null, null) : body));
    }
}
