package dev.golive.runbook.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.contracts.Roles;
import dev.golive.edge.webhook.StandardWebhooks;
import dev.golive.messaging.inbox.Inbox;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.problems.json.TextRules;
import dev.golive.runbook.plan.RunbookService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The upgrade platform reports the production upgrade (the task observing SYSTEM_BACK): started,
 * succeeded, failed. No bearer token: each call is signed as Standard Webhooks says (golive-edge) with the
 * cutover's {@code whsec_} secret, checked on the raw bytes before the body is read; a delivery id is
 * applied once (the inbox, in the change's transaction). The ops lead creates the secret, shown once.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class UpgradePlatformWebhook {

    private static final Logger LOG = Logger.getLogger(UpgradePlatformWebhook.class);
    static final String CONSUMER = "runbook-upgrade-platform";
    static final URI INVALID_SIGNATURE = URI.create("https://golive.dev/problems/invalid-signature");
    static final Map<String, RunbookService.Move> TYPES = Map.of("upgrade.started", RunbookService.Move.START,
            "upgrade.succeeded", RunbookService.Move.COMPLETE, "upgrade.failed", RunbookService.Move.FAIL);

    private final RunbookService runbooks;
    private final Inbox inbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecurityIdentity caller;

    public UpgradePlatformWebhook(RunbookService runbooks, Inbox inbox, ObjectMapper json, Clock clock,
                                  SecurityIdentity caller) {
        this.runbooks = runbooks;
        this.inbox = inbox;
        this.json = json;
        this.clock = clock;
        this.caller = caller;
    }

    public record Call(String type, Instant at, String detail) {
    }

    public record Delivery(String deliveryId, boolean applied, String taskId, String status) {
    }

    public record SecretView(UUID cutoverId, String secret, String endpoint, String scheme) {
        @Override
        public String toString() {
            return "SecretView[" + cutoverId + "]";
        }
    }

    @POST
    @Path("/webhooks/upgrade-platform/{cutoverId}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response deliver(@PathParam("cutoverId") UUID cutoverId,
                            @HeaderParam(StandardWebhooks.ID_HEADER) String id,
                            @HeaderParam(StandardWebhooks.TIMESTAMP_HEADER) String timestamp,
                            @HeaderParam(StandardWebhooks.SIGNATURE_HEADER) String signature, byte[] body) throws IOException {
        byte[] raw = body == null ? new byte[0] : body;
        WebhookSecretRow secret = WebhookSecretRow.findById(cutoverId);
        StandardWebhooks.Verification verification = secret == null ? null
                : StandardWebhooks.verify(secret.secret, id, timestamp, signature, raw, clock.instant());
        if (verification == null || !verification.valid()) {
            LOG.infof("upgrade-platform call %s for cutover %s refused: %s", id, cutoverId,
                    verification == null ? "no secret" : verification.failure());
            Problem problem = new Problem(INVALID_SIGNATURE, "Invalid signature", 401, "The webhook-signature header is "
                    + "missing or is not a signature of this webhook-id, webhook-timestamp (within 5 minutes of now) and "
                    + "body with the cutover's secret (Standard Webhooks)", "/api/webhooks/upgrade-platform/" + cutoverId,
                    List.of(), List.of());
            return Response.status(401).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        Call call = json.readValue(raw, Call.class);
        if (call == null || call.type() == null || !TYPES.containsKey(call.type())) {
            throw ProblemException.invalid("type", "must be one of upgrade.started, upgrade.succeeded, upgrade.failed");
        }
        String violation = TextRules.violation(call.detail(), dev.golive.runbook.domain.TaskMoves.MAX_REASON);
        if (violation != null) {
            throw ProblemException.invalid("detail", violation);
        }
        if (!inbox.firstDelivery(CONSUMER, id, call.type())) {
            return Response.ok(new Delivery(id, false, null, null)).build();
        }
        var task = runbooks.upgradePlatform(cutoverId, TYPES.get(call.type()), call.at(), call.detail());
        return Response.ok(new Delivery(id, true, task.id(), task.status.name())).build();
    }
}
