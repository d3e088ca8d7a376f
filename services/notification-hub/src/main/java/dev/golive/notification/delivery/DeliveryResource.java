package dev.golive.notification.delivery;

import dev.golive.contracts.Roles;
import dev.golive.messaging.cutover.CutoverMembers;
import dev.golive.problems.ProblemException;
import dev.golive.problems.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The delivery log: admins look for failures and retry them; the ops lead follows the messages of
 * the cutovers they run. A delivery names its recipient's address, so only those two roles read it.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    /**
     * The membership roles in which someone who is not admin reads a cutover's deliveries: those of
     * {@code GET /api/cutovers/{cutoverId}/deliveries} but admin, which the request gate checks there and
     * {@link #list} applies itself (it is not per cutover).
     */
    static final Set<String> READ_AS = Set.of(Roles.OPS_LEAD);

    private final Clock clock;
    private final Event<Deliveries.DeliveriesWritten> written;
    private final SecurityIdentity caller;
    private final CutoverMembers members;

    public DeliveryResource(Clock clock, Event<Deliveries.DeliveriesWritten> written, SecurityIdentity caller,
                            CutoverMembers members) {
        this.clock = clock;
        this.written = written;
        this.caller = caller;
        this.members = members;
    }

    /** Every delivery to an admin; to an ops lead, those of the cutovers they take part in as ops lead (issue 17). */
    @GET
    @Path("/deliveries")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public List<DeliveryView> list(@QueryParam("status") String statusParam) {
        DeliveryStatus status = QueryParams.enumValue("status", statusParam, DeliveryStatus.class);
        List<DeliveryRow> rows;
        if (caller.hasRole(Roles.ADMIN)) {
            rows = status == null ? DeliveryRow.list("order by createdAt, id") : DeliveryRow.withStatus(status);
        } else {
            rows = DeliveryRow.ofCutovers(readableCutovers(), status);
        }
        return rows.stream().map(DeliveryView::of).toList();
    }

    /**
     * The cutovers the caller takes part in in a role of {@link #READ_AS} that they also hold as a realm
     * role: the same test the request gate makes for one cutover, so this list shows no more than the
     * per-cutover one would.
     */
    private Set<UUID> readableCutovers() {
        List<String> held = READ_AS.stream().filter(caller::hasRole).toList();
        return members.cutoversOf(caller.getPrincipal().getName(), held);
    }

    /** A FAILED delivery gets a new round of attempts, from now. */
    @POST
    @Path("/deliveries/{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public DeliveryView retry(@PathParam("id") UUID id) {
        DeliveryRow row = DeliveryRow.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw ProblemException.notFound("delivery", id);
        }
        if (row.status != DeliveryStatus.FAILED) {
            throw ProblemException.conflict("not-failed", "delivery " + id + " is " + row.status
                    + "; only a FAILED delivery is retried", List.of(row.status.name()));
        }
        Instant now = clock.instant();
        row.status = DeliveryStatus.PENDING;
        row.attempts = 0;
        row.nextAttemptAt = now;
        row.updatedAt = now;
        written.fire(new Deliveries.DeliveriesWritten());
        return DeliveryView.of(row);
    }

    @GET
    @Path("/cutovers/{cutoverId}/deliveries")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public List<DeliveryView> ofCutover(@PathParam("cutoverId") UUID cutoverId, @QueryParam("status") String statusParam) {
        DeliveryStatus status = QueryParams.enumValue("status", statusParam, DeliveryStatus.class);
        return DeliveryRow.ofCutover(cutoverId).stream().filter(r -> status == null || r.status == status)
                .map(DeliveryView::of).toList();
    }
}
