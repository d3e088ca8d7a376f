package dev.golive.rollback.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.problems.QueryParams;
import dev.golive.rollback.domain.IncidentStatus;
import dev.golive.rollback.domain.Severity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Incidents of a cutover: on-call staff and the ops lead report, update and read them (admins read them too). */
@Path("/api/cutovers/{cutoverId}/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    SecurityIdentity caller;

    @Inject
    ObjectMapper json;

    /** A person on call or the ops lead reports an incident, or a monitoring system does (its service account). */
    @POST
    @RolesAllowed({Roles.ON_CALL, Roles.OPS_LEAD, Roles.MONITORING})
    public Response report(@PathParam("cutoverId") UUID cutoverId, IncidentRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalid("body", "an incident is required");
        }
        IncidentRow row = incidents.report(cutoverId, request, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(row.id.toString()).build())
                .entity(IncidentView.of(row)).build();
    }

    /** The people who handle incidents read them; testers and stakeholders see the assessment instead (issue 17). */
    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<IncidentView> list(@PathParam("cutoverId") UUID cutoverId, @QueryParam("status") String statusParam,
                                   @QueryParam("severity") String severityParam) {
        IncidentStatus status = QueryParams.enumValue("status", statusParam, IncidentStatus.class);
        Severity severity = QueryParams.enumValue("severity", severityParam, Severity.class);
        return IncidentRow.ofCutover(cutoverId).stream()
                .filter(i -> status == null || i.status == status)
                .filter(i -> severity == null || i.severity == severity)
                .map(IncidentView::of).toList();
    }

    @GET
    @Path("/{incidentId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public IncidentView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("incidentId") UUID incidentId) {
        return IncidentRow.of(cutoverId, incidentId).map(IncidentView::of)
                .orElseThrow(() -> ProblemException.notFound("incident", incidentId));
    }

    /** JSON merge patch: read as a tree first, so that an explicit null (clear the field) differs from an absent field. */
    @PATCH
    @Path("/{incidentId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ON_CALL, Roles.OPS_LEAD})
    public IncidentView update(@PathParam("cutoverId") UUID cutoverId, @PathParam("incidentId") UUID incidentId,
                               ObjectNode body) throws JsonProcessingException {
        if (body == null || body.isEmpty()) {
            throw ProblemException.invalid("body", "name at least one field to change");
        }
        IncidentPatch patch = json.treeToValue(body, IncidentPatch.class);
        Set<String> present = new HashSet<>();
        body.fieldNames().forEachRemaining(present::add);
        return IncidentView.of(incidents.update(cutoverId, incidentId, patch, present, caller.getPrincipal().getName()));
    }

    @POST
    @Path("/{incidentId}/resolve")
    @RolesAllowed({Roles.ON_CALL, Roles.OPS_LEAD})
    public IncidentView resolve(@PathParam("cutoverId") UUID cutoverId, @PathParam("incidentId") UUID incidentId,
                                ResolveRequest body) {
        return IncidentView.of(incidents.resolve(cutoverId, incidentId, body == null ? null : body.resolution(),
                caller.getPrincipal().getName()));
    }

    public record ResolveRequest(String resolution) {
    }
}
