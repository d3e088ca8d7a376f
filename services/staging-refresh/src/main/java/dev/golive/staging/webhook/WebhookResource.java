package dev.golive.staging.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.edge.webhook.StandardWebhooks;
import dev.golive.problems.ProblemException;
import dev.golive.staging.rehearsal.RehearsalView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.util.UUID;

/**
 * Where a CI pipeline or the hosting platform reports a rehearsal's stage changes, hops and
 * custom-module attempts. No bearer token: the caller signs each call as Standard Webhooks says
 * ({@link StandardWebhooks}): {@value #DELIVERY_HEADER} names the delivery, {@value #TIMESTAMP_HEADER}
 * says when it was sent, and {@value #SIGNATURE_HEADER} carries {@code v1,<base64 HMAC-SHA256>} of
 * {@code "<id>.<timestamp>.<raw body>"} keyed with the cutover's {@code whsec_} secret — checked
 * before the body is even read. A call sent more than 5 minutes from now is refused, so a captured
 * call cannot be sent again later; the id is signed, so it cannot be sent again under a new id; and
 * a delivery id applied once is never applied again (the inbox, in the change's transaction).
 */
@Path("/api/cutovers/{cutoverId}/staging-webhook")
public class WebhookResource {

    public static final String SIGNATURE_HEADER = StandardWebhooks.SIGNATURE_HEADER;
    public static final String DELIVERY_HEADER = StandardWebhooks.ID_HEADER;
    public static final String TIMESTAMP_HEADER = StandardWebhooks.TIMESTAMP_HEADER;
    private static final int MAX_DELIVERY_ID = StandardWebhooks.MAX_ID_LENGTH;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookHandler handler;

    @Inject
    ObjectMapper json;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public DeliveryView deliver(@PathParam("cutoverId") UUID cutoverId,
                                @HeaderParam(SIGNATURE_HEADER) String signature,
                                @HeaderParam(DELIVERY_HEADER) String deliveryId,
                                @HeaderParam(TIMESTAMP_HEADER) String timestamp,
                                byte[] body) throws IOException {
        byte[] raw = body == null ? new byte[0] : body;
        // The id is signed with the body: without one there is nothing to check the signature against.
        if (deliveryId == null || deliveryId.isBlank()) {
            throw ProblemException.invalid(DELIVERY_HEADER, "is required: a unique id per delivery");
        }
        if (deliveryId.length() > MAX_DELIVERY_ID) {
            throw ProblemException.invalid(DELIVERY_HEADER, "must be at most " + MAX_DELIVERY_ID + " characters");
        }
        if (!secrets.verify(cutoverId, deliveryId, timestamp, signature, raw)) {
            throw new InvalidSignatureException();
        }
        WebhookCall call = read(raw);
        if (call.action() == null) {
            throw ProblemException.invalid("action", "is required: one of " + WebhookAction.names());
        }
        WebhookAction action = WebhookAction.of(call.action()).orElseThrow(() -> ProblemException.invalid("action",
                "'" + call.action() + "' is not one of " + WebhookAction.names()));
        // The id exactly as signed: another spelling of it is another id, and was signed as such.
        RehearsalView rehearsal = handler.apply(cutoverId, deliveryId, action, call);
        return new DeliveryView(deliveryId, rehearsal != null, rehearsal);
    }

    private WebhookCall read(byte[] raw) throws JsonProcessingException {
        try {
            WebhookCall call = json.readValue(raw, WebhookCall.class);
            if (call == null) {
                throw ProblemException.invalid("body", "a JSON object is required");
            }
            return call;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw ProblemException.invalid("body", "cannot be read");
        }
    }

    /** @param applied false for a delivery already applied before (nothing changed) */
    public record DeliveryView(String deliveryId, boolean applied, RehearsalView rehearsal) {
    }
}
