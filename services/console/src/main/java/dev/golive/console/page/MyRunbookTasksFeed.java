package dev.golive.console.page;

import dev.golive.console.backend.RunbookClient;
import dev.golive.contracts.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * My runbook tasks as a calendar feed (each task a VEVENT at its planned times), fetched from the
 * runbook service with my token and handed on as it is, so a calendar app can import it.
 */
@Path("/me/runbook-tasks.ics")
public class MyRunbookTasksFeed {

    private final RunbookClient runbook;

    public MyRunbookTasksFeed(@RestClient RunbookClient runbook) {
        this.runbook = runbook;
    }

    @GET
    @Produces("text/calendar")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public Response feed() {
        return RunbookPage.Downloads.proxy(runbook::myTasksCalendar, "text/calendar; charset=UTF-8",
                "golive-runbook-tasks.ics");
    }
}
