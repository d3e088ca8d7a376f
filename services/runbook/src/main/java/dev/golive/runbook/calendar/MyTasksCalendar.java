package dev.golive.runbook.calendar;

import dev.golive.contracts.Roles;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.runbook.cutover.CutoverProjection;
import dev.golive.runbook.plan.TaskRow;
import dev.golive.messaging.cutover.CutoverMembers;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The caller's runbook tasks as iCalendar, across every cutover they take part in: those named for them
 * and those of a role they hold there. Each task is a VEVENT at its planned times, with a UID stable per
 * task and a SEQUENCE raised each time it is re-planned, so a calendar that subscribes moves the event;
 * a cancelled cutover's tasks are STATUS:CANCELLED.
 */
@Path("/api/me/runbook-tasks.ics")
public class MyTasksCalendar {

    private final SecurityIdentity caller;
    private final CutoverMembers members;

    public MyTasksCalendar(SecurityIdentity caller, CutoverMembers members) {
        this.members = members;
        this.caller = caller;
    }

    @GET
    @Produces("text/calendar")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    @Transactional
    public Response calendar() {
        String me = caller.getPrincipal().getName();
        Map<UUID, Set<String>> roles = members.rolesOf(me);
        Calendar calendar = new Calendar().withProdId("-//Golive//runbook//EN").withDefaults().getFluentTarget();
        if (!roles.isEmpty()) {
            List<TaskRow> tasks = TaskRow.list("cutoverId IN ?1 AND plannedStart IS NOT NULL ORDER BY plannedStart",
                    roles.keySet());
            Map<UUID, CutoverProjection> cutovers = CutoverProjection.<CutoverProjection>list("cutoverId IN ?1",
                    roles.keySet()).stream().collect(Collectors.toMap(c -> c.cutoverId, c -> c));
            for (TaskRow task : tasks) {
                boolean mine = task.ownerKind == TaskOwner.Kind.PERSON && task.ownerName.equals(me)
                        || task.ownerKind == TaskOwner.Kind.ROLE && roles.get(task.cutoverId).contains(task.ownerName);
                if (!mine || task.rollback) {
                    continue;
                }
                CutoverProjection cutover = cutovers.get(task.cutoverId);
                VEvent event = (VEvent) new VEvent(ZonedDateTime.ofInstant(task.plannedStart, ZoneOffset.UTC),
                        ZonedDateTime.ofInstant(task.plannedFinish, ZoneOffset.UTC), task.title)
                        .withProperty(new Uid(task.taskId + "@golive-runbook"))
                        .withProperty(new Sequence(task.sequence))
                        .withProperty(new Description((task.description == null ? "" : task.description + "\n")
                                + "Status: " + task.status + ". Cutover " + task.cutoverId + "."))
                        .getFluentTarget();
                if (cutover != null && cutover.cancelled()) {
                    event = (VEvent) event.withProperty(new Status(Status.VALUE_CANCELLED)).getFluentTarget();
                }
                calendar = calendar.withComponent(event).getFluentTarget();
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Response.ok(out.toString(), "text/calendar; charset=utf-8").build();
    }
}
