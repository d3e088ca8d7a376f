package dev.golive.console.page;

import dev.golive.console.backend.PlannerCalendarClient;
import dev.golive.console.backend.PlannerClient;
import dev.golive.console.backend.ServiceProblem;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Objects;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calendar of go-live weekends across cutovers: a month view (weeks as rows, Monday first, the
 * viewer's zone) with the weekends, conflicts, blackouts, public holidays by name and freeze periods,
 * then the list of upcoming weekends (overlaps and blackout periods shown); planning a new cutover,
 * and choosing its window among the planner's proposals.
 */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    static final int PROPOSALS = 6;

    @Inject
    @Location("calendar.html")
    Template calendar;

    @Inject
    @Location("window.html")
    Template window;

    @Inject
    @RestClient
    PlannerClient planner;

    @Inject
    @RestClient
    PlannerCalendarClient plannerCalendar;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @Inject
    MyRunbookTasks myRunbookTasks;

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance show(@QueryParam("month") String month) {
        return calendar(Form.NONE, month);
    }

    @POST
    @Path("/cutovers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response plan(MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> cutover = new LinkedHashMap<>();
        cutover.put("name", Pages.text(values, "name"));
        cutover.put("client", Pages.text(values, "client"));
        cutover.put("erpProduct", Pages.text(values, "erpProduct"));
        cutover.put("sourceVersion", number(values, "sourceVersion"));
        cutover.put("targetVersion", number(values, "targetVersion"));
        cutover.put("zone", Pages.text(values, "zone"));
        cutover.put("onCallTeam", Pages.text(values, "onCallTeam"));
        cutover.put("country", Pages.text(values, "country"));
        cutover.put("subdivision", Pages.text(values, "subdivision"));
        String blackoutFrom = Pages.text(values, "blackoutFrom");
        String blackoutTo = Pages.text(values, "blackoutTo");
        if (blackoutFrom != null || blackoutTo != null) {
            Map<String, Object> blackout = new LinkedHashMap<>();
            blackout.put("from", blackoutFrom);
            blackout.put("to", blackoutTo);
            blackout.put("reason", Pages.text(values, "blackoutReason"));
            cutover.put("blackouts", List.of(blackout));
        }
        try {
            Map<String, Object> planned = planner.plan(cutover);
            return Pages.seeOther("/calendar/cutovers/" + planned.get("id") + "/window");
        } catch (ServiceProblem problem) {
            Form refused = Form.refused("plan", values, problem);
            // the planner names list items as blackouts[0].from; the form has one row
            Map<String, String> errors = new LinkedHashMap<>(refused.errors());
            refused.errors().forEach((field, text) -> {
                if (field.startsWith("blackouts[0].")) {
                    String name = field.substring("blackouts[0].".length());
                    errors.put("blackout" + Character.toUpperCase(name.charAt(0)) + name.substring(1), text);
                }
            });
            return Response.status(422).entity(calendar(new Form("plan", values, errors, refused.message()), null))
                    .build();
        } catch (ProcessingException down) {
            return Response.status(503).entity(calendar(Form.unavailable("plan", values, CockpitData.PLANNER), null))
                    .build();
        }
    }

    @GET
    @Path("/cutovers/{id}/window")
    @RolesAllowed(Roles.OPS_LEAD)
    public TemplateInstance proposals(@PathParam("id") String id) {
        return window(id, Form.NONE);
    }

    @POST
    @Path("/cutovers/{id}/window")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response schedule(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("downtimeStart", Pages.text(values, "downtimeStart"));
        chosen.put("reason", Pages.text(values, "reason"));
        return Pages.submit("window", values, CockpitData.PLANNER, () -> planner.schedule(id, chosen),
                refused -> window(id, refused), "/cutovers/" + id);
    }

    /**
     * A weekend a public holiday closes, chosen anyway: the planner takes it only with the reason
     * (recorded, shown and announced with the window); anything else that closes it still does.
     */
    @POST
    @Path("/cutovers/{id}/window/holiday")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response scheduleOnHoliday(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, values.getOrDefault("downtimeStart", ""));
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("downtimeStart", Pages.text(values, "downtimeStart"));
        chosen.put("reason", Pages.text(values, "reason"));
        chosen.put("chooseHoliday", true);
        return Pages.submit("holiday", values, CockpitData.PLANNER, () -> planner.schedule(id, chosen),
                refused -> window(id, refused), "/cutovers/" + id);
    }

    @SuppressWarnings("unchecked")
    private TemplateInstance calendar(Form form, String monthParam) {
        Section<Map<String, Object>> cutovers = Section.of(CockpitData.PLANNER, () -> planner.list(100));
        List<Map<String, Object>> items = cutovers.ok()
                ? (List<Map<String, Object>>) cutovers.data().get("items") : List.of();
        List<CalendarEntry> entries = CalendarEntry.of(items, clock.instant());
        MyRunbookTasks.Found myTasks = myRunbookTasks.of(entries, clock.instant());
        ZoneId zone = viewerZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        YearMonth month = month(monthParam, today);
        Section<List<Map<String, Object>>> freezes = Section.of(CockpitData.PLANNER,
                () -> plannerCalendar.freezePeriods(CalendarMonth.gridStart(month).toString()));
        List<CalendarMonth.Holiday> holidays = new ArrayList<>();
        List<Section<?>> calendarSections = new ArrayList<>(List.of(cutovers, freezes));
        // one call per holiday calendar the cutovers use, not one per cutover
        Set<String> calendars = new TreeSet<>();
        items.stream().filter(c -> !"CANCELLED".equals(c.get("status"))).map(CalendarMonth::holidayCalendar)
                .filter(Objects::nonNull).forEach(calendars::add);
        for (String code : calendars) {
            String[] parts = code.split("-", 2);
            Section<List<Map<String, Object>>> days = Section.of(CockpitData.PLANNER, () -> plannerCalendar.holidays(
                    parts[0], parts.length > 1 ? parts[1] : null, CalendarMonth.gridStart(month).toString(),
                    CalendarMonth.gridEnd(month).toString()));
            calendarSections.add(days);
            if (days.ok()) {
                days.data().forEach(d -> holidays.add(new CalendarMonth.Holiday(LocalDate.parse(d.get("date").toString()),
                        String.valueOf(d.get("name")), code)));
            }
        }
        CalendarMonth monthView = CalendarMonth.of(month, zone, today, items, holidays,
                freezes.ok() ? freezes.data() : List.of());
        List<Section<?>> all = new ArrayList<>(calendarSections);
        if (myTasks.unanswered() != null) {
            all.add(myTasks.unanswered());
        }
        return calendar.data("viewer", viewer.who())
                .data("month", monthView)
                .data("myTasks", myTasks)
                .data("cutovers", cutovers)
                .data("entries", entries)
                .data("today", LocalDate.now(clock).toString())
                .data("form", form)
                .data("unavailable", Pages.unavailable(all));
    }

    /** The viewer's zone; the server's clock zone when the identity provider gave none. */
    private ZoneId viewerZone() {
        try {
            return viewer.zone().isBlank() ? clock.getZone() : ZoneId.of(viewer.zone());
        } catch (java.time.DateTimeException unknown) {
            return clock.getZone();
        }
    }

    /** The month asked for ({@code 2026-12}), or today's when none or not a month. */
    private static YearMonth month(String param, LocalDate today) {
        if (param != null && !param.isBlank()) {
            try {
                return YearMonth.parse(param.strip());
            } catch (java.time.format.DateTimeParseException notAMonth) {
                // a mistyped link shows the current month rather than an error page
            }
        }
        return YearMonth.from(today);
    }

    private TemplateInstance window(String id, Form form) {
        Section<Map<String, Object>> cutover = Section.of(CockpitData.PLANNER, () -> planner.get(id));
        Section<Map<String, Object>> proposals = Section.of(CockpitData.PLANNER, () -> planner.proposals(id, PROPOSALS));
        Set<String> unavailable = Pages.unavailable(List.of(cutover, proposals));
        return window.data("viewer", viewer.who())
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("proposals", proposals)
                .data("form", form)
                .data("unavailable", unavailable);
    }

    /** A whole number from the form, or the text itself for the service to refuse by name. */
    private static Object number(Map<String, String> values, String field) {
        String text = Pages.text(values, field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
