package dev.golive.notification.notify;

import dev.golive.contracts.Roles;
import dev.golive.notification.NotificationConfig;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.cutover.CutoverProjector;
import dev.golive.notification.domain.CutoverContext;
import dev.golive.notification.domain.Notices;
import dev.golive.notification.domain.UpdateCadence;
import dev.golive.problems.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The ops lead's update to the stakeholders of a cutover during the go-live ("restore finished,
 * testing starts at 09:00"): sent to everyone subscribed to STAKEHOLDER_UPDATE, and it moves the
 * update clock.
 */
@Path("/api/cutovers/{cutoverId}/updates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UpdateResource {

    static final int MAX_TEXT = 4_000;

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    Notifier notifier;

    @Inject
    SecurityIdentity caller;

    public record UpdateRequest(String text) {
    }

    public record UpdateView(String updateId, int deliveries, Instant nextUpdateBy) {
    }

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    @Transactional
    public Response post(@PathParam("cutoverId") UUID cutoverId, UpdateRequest request) {
        String text = request == null || request.text() == null ? "" : request.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw ProblemException.invalid("text", "is required, at most " + MAX_TEXT + " characters");
        }
        Instant now = clock.instant();
        CutoverProjection cutover = CutoverProjection.of(cutoverId)
                .orElseThrow(() -> ProblemException.notFound("cutover", cutoverId));
        cutover = CutoverProjection.lock(cutoverId, now);
        CutoverContext context = CutoverProjector.context(cutover);
        Instant nextUpdateBy = new UpdateCadence(config.updateInterval()).next(context, now)
                .map(UpdateCadence.NextUpdate::dueBy).orElse(null);
        String updateId = "update:" + cutoverId + ":" + UUID.randomUUID();
        int sent = notifier.notify(Notices.stakeholderUpdate(updateId, text, caller.getPrincipal().getName(), now,
                nextUpdateBy, context), cutover).size();
        return Response.status(201).entity(new UpdateView(updateId, sent, nextUpdateBy)).build();
    }
}
