package dev.golive.planner.calendar;

import dev.golive.contracts.Roles;
import dev.golive.planner.cutover.Cutover;
import dev.golive.problems.ProblemException;
import dev.golive.planner.milestone.CutoverMilestone;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

@Path("/api/cutovers/{cutoverId}/calendar.ics")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    @GET
    @Produces(TEXT_CALENDAR)
    @Transactional
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response calendar(@PathParam("cutoverId") UUID id) {
        Cutover cutover = Cutover.require(id);
        if (cutover.downtimeStartLocal == null) {
            throw ProblemException.conflict("no-window", "The cutover has no go-live window yet", List.of());
        }
        String ics = CutoverCalendar.render(cutover.id.toString(), cutover.name, cutover.zone,
                cutover.windowRevision, CutoverMilestone.ofCutover(cutover.id),
                cutover.status == dev.golive.contracts.cutover.CutoverStatus.CANCELLED);
        return Response.ok(ics, TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"golive-" + cutover.id + ".ics\"")
                .build();
    }
}
