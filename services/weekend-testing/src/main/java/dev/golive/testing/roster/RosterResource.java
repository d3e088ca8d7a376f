package dev.golive.testing.roster;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.testing.calendar.WeekendCalendar;
import dev.golive.testing.cutover.CutoverProjection;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The on-call roster of technical staff over the go-live weekend: the ops lead publishes it; the cutover's
 * ops lead, on-call people and admins read it and each person's calendar.
 */
@Path("/api/cutovers/{cutoverId}/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RosterResource {

    @Inject
    RosterService roster;

    @Inject
    SecurityIdentity caller;

    @PUT
    @RolesAllowed(Roles.OPS_LEAD)
    public RosterView publish(@PathParam("cutoverId") UUID cutoverId, RosterRequest request) {
        if (request == null) {
            throw ProblemException.invalid("shifts", "is required");
        }
        return roster.publish(cutoverId, request, caller.getPrincipal().getName());
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public RosterView get(@PathParam("cutoverId") UUID cutoverId) {
        return roster.current(cutoverId);
    }

    /** One person's on-call shifts as iCalendar, on the cutover's wall clock. */
    @GET
    @Path("/{person}/calendar.ics")
    @Produces(WeekendCalendar.MEDIA_TYPE)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public Response calendar(@PathParam("cutoverId") UUID cutoverId, @PathParam("person") String person) {
        List<ShiftRow> shifts = ShiftRow.ofPerson(cutoverId, person);
        if (shifts.isEmpty()) {
            throw ProblemException.notFound("on-call shifts of", person);
        }
        String zone = CutoverProjection.<CutoverProjection>findByIdOptional(cutoverId).map(c -> c.zone).orElse(null);
        List<WeekendCalendar.Entry> entries = shifts.stream().map(s -> new WeekendCalendar.Entry(
                cutoverId + "-" + s.shiftId + "@golive", 0, s.start, s.end,
                "On call (" + s.role.name().toLowerCase(Locale.ROOT) + "): " + s.person,
                "Go-live weekend on-call shift " + s.shiftId + " of cutover " + cutoverId)).toList();
        return Response.ok(WeekendCalendar.render(zone == null ? "Etc/UTC" : zone, entries),
                        WeekendCalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"golive-on-call.ics\"")
                .build();
    }
}
