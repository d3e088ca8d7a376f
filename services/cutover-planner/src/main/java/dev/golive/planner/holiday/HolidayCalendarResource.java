package dev.golive.planner.holiday;

import dev.golive.contracts.Roles;
import dev.golive.planner.cutover.CutoverService;
import dev.golive.planner.cutover.CutoverView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * A cutover's holiday calendar (ADR 0022): whose public holidays close its weekends.
 */
@Path("/api/cutovers/{cutoverId}/holiday-calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidayCalendarResource {

    private final CutoverService cutovers;
    private final SecurityIdentity caller;

    HolidayCalendarResource(CutoverService cutovers, SecurityIdentity caller) {
        this.cutovers = cutovers;
        this.caller = caller;
    }

    /** Whose public holidays close the cutover's weekends; {@code country} null or blank: none. */
    @PUT
    @RolesAllowed(Roles.OPS_LEAD)
    public CutoverView change(@PathParam("cutoverId") UUID id, HolidayCalendarRequest body) {
        HolidayCalendarRequest request = body == null ? new HolidayCalendarRequest(null, null) : body;
        return CutoverView.of(cutovers.changeHolidayCalendar(id, request.country(), request.subdivision(),
                caller.getPrincipal().getName()));
    }

    /** Body of {@code PUT /api/cutovers/{id}/holiday-calendar}. */
    public record HolidayCalendarRequest(String country, String subdivision) {
    }
}
