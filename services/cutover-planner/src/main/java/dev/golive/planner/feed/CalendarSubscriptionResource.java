package dev.golive.planner.feed;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.problems.json.TextRules;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's calendar links: make one (its address, with the secret, is shown in this answer only),
 * list them (when made, when a calendar last read it, whether revoked) and revoke one. The feed itself
 * is read by the calendar client with the secret alone ({@link #feed}): it cannot send a bearer token.
 */
@Path("/api")
public class CalendarSubscriptionResource {

    static final String TEXT_CALENDAR = "text/calendar";
    static final int LABEL_MAX = 100;

    private final PersonalFeeds feeds;
    private final SecurityIdentity caller;
    private final String publicUrl;

    public CalendarSubscriptionResource(PersonalFeeds feeds, SecurityIdentity caller,
                                        @ConfigProperty(name = "golive.planner.public-url") String publicUrl) {
        this.feeds = feeds;
        this.caller = caller;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public record NewSubscription(String label) {
    }

    /** A link as listed: never its secret. */
    public record SubscriptionView(UUID id, String label, Instant createdAt, Instant lastReadAt, Instant revokedAt) {
        static SubscriptionView of(CalendarSubscription s) {
            return new SubscriptionView(s.id, s.label, s.createdAt, s.lastReadAt, s.revokedAt);
        }
    }

    /** A link just made: the one answer that holds its address. */
    public record CreatedSubscription(UUID id, String label, Instant createdAt, String url) {
    }

    @POST
    @Path("/me/calendar-subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response create(NewSubscription body) {
        String label = body == null || body.label() == null || body.label().isBlank() ? "Calendar" : body.label().strip();
        String refused = TextRules.violation(label, LABEL_MAX);
        if (refused != null) {
            throw ProblemException.invalid("label", refused);
        }
        PersonalFeeds.Created created = feeds.create(caller.getPrincipal().getName(), label);
        CalendarSubscription s = created.subscription();
        return Response.status(201)
                .header("Cache-Control", "no-store")
                .entity(new CreatedSubscription(s.id, s.label, s.createdAt,
                        publicUrl + "/api/calendar-feeds/" + created.token() + ".ics"))
                .build();
    }

    @GET
    @Path("/me/calendar-subscriptions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public List<SubscriptionView> list() {
        return feeds.of(caller.getPrincipal().getName()).stream().map(SubscriptionView::of).toList();
    }

    /** Revokes one of the caller's links: 204, also when already revoked; 404 for anyone else's. */
    @DELETE
    @Path("/me/calendar-subscriptions/{subscriptionId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response revoke(@PathParam("subscriptionId") String subscriptionId) {
        UUID id;
        try {
            id = UUID.fromString(subscriptionId);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("calendar subscription", subscriptionId);
        }
        if (!feeds.revoke(caller.getPrincipal().getName(), id)) {
            throw ProblemException.notFound("calendar subscription", subscriptionId);
        }
        return Response.noContent().build();
    }

    /**
     * The feed of a live link, for a calendar client: the secret in the address is the credential.
     * An unknown or revoked secret is 404, the same either way.
     */
    @GET
    @Path("/calendar-feeds/{token}.ics")
    @Produces(TEXT_CALENDAR)
    @PermitAll
    public Response feed(@PathParam("token") String token) {
        if (token == null || token.length() > 100) {
            throw ProblemException.notFound("calendar feed", "(this link)");
        }
        return feeds.feed(token)
                .map(ics -> Response.ok(ics, TEXT_CALENDAR + "; charset=utf-8")
                        .header("Cache-Control", "private, no-store")
                        .header("Referrer-Policy", "no-referrer")
                        .build())
                .orElseThrow(() -> ProblemException.notFound("calendar feed", "(this link)"));
    }
}
