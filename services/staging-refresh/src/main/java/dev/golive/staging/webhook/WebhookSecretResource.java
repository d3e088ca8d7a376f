package dev.golive.staging.webhook;

import dev.golive.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.UUID;

/** The ops lead creates or rotates the webhook secret of a cutover; the answer is the only place it appears. */
@Path("/api/cutovers/{cutoverId}/staging-webhook-secret")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookSecretResource {

    @Inject
    WebhookSecrets secrets;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    public Response rotate(@PathParam("cutoverId") UUID cutoverId) {
        WebhookSecrets.Created created = secrets.rotate(cutoverId, caller.getPrincipal().getName());
        SecretView view = new SecretView(cutoverId, created.secret(), created.rotated(), created.row().createdBy,
                created.row().createdAt, "/api/cutovers/" + cutoverId + "/staging-webhook",
                "https://www.standardwebhooks.com", WebhookResource.SIGNATURE_HEADER,
                "v1,<base64 HMAC-SHA256 of \"<webhook-id>.<webhook-timestamp>.<raw body>\", keyed with the "
                        + "base64-decoded part of the secret after whsec_>",
                WebhookResource.DELIVERY_HEADER, WebhookResource.TIMESTAMP_HEADER);
        return Response.status(Response.Status.CREATED).entity(view)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build();
    }

    /** The secret, shown this once; the rest says how to use it. */
    public record SecretView(UUID cutoverId, String secret, boolean rotated, String createdBy, Instant createdAt,
                             String endpoint, String scheme, String signatureHeader, String signatureFormat,
                             String deliveryHeader, String timestampHeader) {
        @Override
        public String toString() {
            return "SecretView[" + cutoverId + ", created by " + createdBy + "]";
        }
    }
}
