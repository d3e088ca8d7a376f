package dev.golive.console.page;

import dev.golive.contracts.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sends each person to the page of their role. */
@Path("/")
public class HomePage {

    @Inject
    Viewer viewer;

    @Inject
    @Location("signed-out.html")
    Template signedOut;

    /** Where Keycloak sends the browser after signing out. */
    @GET
    @Path("signed-out")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return signedOut.instance();
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response home() {
        if (viewer.isOpsLead() || viewer.isOnCall() || viewer.isAdmin()) {
            return Pages.seeOther("/calendar");
        }
        if (viewer.isTester()) {
            return Pages.seeOther("/me/scenarios");
        }
        return Pages.seeOther("/status");
    }
}
