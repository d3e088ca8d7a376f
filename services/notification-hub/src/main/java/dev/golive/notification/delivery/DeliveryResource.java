package dev.golive.notification.delivery;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.problems.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
import java.util.UUID;

/** The delivery log: admins look for failures and retry them; the ops lead follows a cutover's messages. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    Clock clock;

    @Inject
    Event<Deliveries.DeliveriesWritten> written;

    @GET
    @Path("/deliveries")
    @RolesAllowed(Roles.ADMIN)
    public List<DeliveryView> list(@QueryParam("status") String statusParam) {
        DeliveryStatus status = QueryParams.enumValue("status", statusParam, DeliveryStatus.class);
        List<DeliveryRow> rows = status == null ? DeliveryRow.list("order by createdAt, id") : DeliveryRow.withStatus(status);
        return rows.stream().map(DeliveryView::of).toList();
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
