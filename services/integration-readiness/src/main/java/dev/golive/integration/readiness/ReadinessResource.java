package dev.golive.integration.readiness;

import dev.golive.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** The readiness of a cutover's integrations, judged now; every role reads it. */
@Path("/api/cutovers/{cutoverId}/integration-readiness")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

    @Inject
    Reevaluation reevaluation;

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public ReadinessReport get(@PathParam("cutoverId") UUID cutoverId) {
        return reevaluation.report(cutoverId);
    }
}
