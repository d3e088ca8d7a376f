package dev.golive.notification.feed;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/**
 * The caller's own feed, found by the login name of the token. Someone else's item is answered
 * 404, exactly like an item that does not exist: whether an id belongs to another person is not
 * something to tell.
 */
@Path("/api/me/feed")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    @Inject
    SecurityIdentity caller;

    @Inject
    Clock clock;

    public record FeedItemView(UUID id, UUID cutoverId, String kind, String severity, String subject, String body,
                               UUID pageId, Instant createdAt, Instant readAt) {

        static FeedItemView of(FeedItemRow row) {
            return new FeedItemView(row.id, row.cutoverId, row.noticeKind.name(), row.severity.name(), row.subject,
                    row.body, row.pageId, row.createdAt, row.readAt);
        }
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public List<FeedItemView> feed(@QueryParam("unread") boolean unreadOnly) {
        return FeedItemRow.of(caller.getPrincipal().getName()).stream()
                .filter(i -> !unreadOnly || i.readAt == null)
                .map(FeedItemView::of).toList();
    }

    @POST
    @Path("/{itemId}/read")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    @Transactional
    public FeedItemView read(@PathParam("itemId") UUID itemId) {
        FeedItemRow item = FeedItemRow.of(caller.getPrincipal().getName(), itemId)
                .orElseThrow(() -> ProblemException.notFound("feed item", itemId));
        if (item.readAt == null) {
            item.readAt = clock.instant();
        }
        return FeedItemView.of(item);
    }
}
