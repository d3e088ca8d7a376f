package dev.golive.planner.freeze;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.problems.Violations;
import dev.golive.problems.json.TextRules;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Organisation-wide freeze periods (ADR 0022), managed once by an ops lead or an administrator and
 * read by whoever plans weekends. They are not a cutover's: no cutover membership is asked for. A
 * change re-lays no weekend already chosen; it closes the weekends proposed and chosen from then on.
 */
@Path("/api/freeze-periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FreezeResource {

    static final int MAX_NAME = 200;
    static final int MAX_CLIENT = 200;
    static final int MAX_TEAM = 100;
    static final int MAX_NOTE = 2_000;
    /** A freeze is days or weeks; longer is a typing mistake (a year typed wrong). */
    static final int MAX_DAYS = 366;

    private final Clock clock;
    private final SecurityIdentity caller;

    FreezeResource(Clock clock, SecurityIdentity caller) {
        this.clock = clock;
        this.caller = caller;
    }

    /** The freezes ending on or after {@code from} (default: all), earliest first. */
    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public List<FreezeView> list(@QueryParam("from") LocalDate from) {
        return (from == null ? Freeze.<Freeze>list("order by from") : Freeze.<Freeze>list("to >= ?1 order by from", from))
                .stream().map(FreezeView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public FreezeView get(@PathParam("id") UUID id) {
        return FreezeView.of(require(id));
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public Response create(FreezeRequest body, @Context UriInfo uri) {
        Freeze freeze = new Freeze();
        freeze.id = UUID.randomUUID();
        freeze.createdBy = caller.getPrincipal().getName();
        freeze.createdAt = clock.instant();
        write(freeze, body);
        freeze.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(freeze.id.toString()).build())
                .entity(FreezeView.of(freeze)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public FreezeView replace(@PathParam("id") UUID id, FreezeRequest body) {
        Freeze freeze = require(id);
        write(freeze, body);
        return FreezeView.of(freeze);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id) {
        require(id).delete();
        return Response.noContent().build();
    }

    private void write(Freeze freeze, FreezeRequest body) {
        if (body == null) {
            throw ProblemException.invalid("name", "is required");
        }
        Violations violations = new Violations();
        text(violations, "name", body.name(), MAX_NAME, true);
        text(violations, "client", body.client(), MAX_CLIENT, false);
        text(violations, "team", body.team(), MAX_TEAM, false);
        text(violations, "note", body.note(), MAX_NOTE, false);
        if (body.from() == null) {
            violations.add("from", "is required (a date, yyyy-MM-dd)");
        }
        if (body.to() == null) {
            violations.add("to", "is required (a date, yyyy-MM-dd)");
        }
        if (body.from() != null && body.to() != null) {
            if (body.to().isBefore(body.from())) {
                violations.add("to", "must not be before from (" + body.from() + ")");
            } else if (body.from().plusDays(MAX_DAYS).isBefore(body.to())) {
                violations.add("to", "a freeze period lasts at most " + MAX_DAYS + " days");
            }
        }
        violations.refuse();
        freeze.name = body.name().strip();
        freeze.from = body.from();
        freeze.to = body.to();
        freeze.client = Violations.strip(body.client());
        freeze.team = Violations.strip(body.team());
        freeze.note = Violations.strip(body.note());
        freeze.updatedAt = clock.instant();
    }

    private static void text(Violations violations, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(field, "is required");
            }
            return;
        }
        String violation = TextRules.violation(value, max);
        if (violation != null) {
            violations.add(field, violation);
        }
    }

    private static Freeze require(UUID id) {
        Freeze freeze = Freeze.findById(id);
        if (freeze == null) {
            throw ProblemException.notFound("freeze period", id);
        }
        return freeze;
    }
}
