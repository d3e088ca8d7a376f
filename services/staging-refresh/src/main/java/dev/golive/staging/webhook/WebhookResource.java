package dev.golive.staging.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * custom-module attempts. No bearer token: the caller proves itself with an HMAC-SHA256 of the
 * raw body keyed with the cutover's secret ({@value #SIGNATURE_HEADER}: {@code sha256=<hex>}),
 * checked before the body is even read; {@value #DELIVERY_HEADER} identifies the delivery, and a
 * delivery applied once is never applied again.
 */
@Path("/api/cutovers/{cutoverId}/staging-webhook")
public class WebhookResource {

    public static final String SIGNATURE_HEADER = "X-Golive-Signature";
    public static final String DELIVERY_HEADER = "X-Golive-Delivery";
    private static final int MAX_DELIVERY_ID = 200;

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
                                byte[] body) throws IOException {
        byte[] raw = body == null ? new byte[0] : body;
        if (!secrets.verify(cutoverId, raw, signature)) {
            throw new InvalidSignatureException();
        }
        if (deliveryId == null || deliveryId.isBlank()) {
            throw ProblemException.invalid(DELIVERY_HEADER, "is required: a unique id per delivery");
        }
        if (deliveryId.length() > MAX_DELIVERY_ID) {
            throw ProblemException.invalid(DELIVERY_HEADER, "must be at most " + MAX_DELIVERY_ID + " characters");
        }
        WebhookCall call = read(raw);
        if (call.action() == null) {
            throw ProblemException.invalid("action", "is required: one of " + WebhookAction.names());
        }
        WebhookAction action = WebhookAction.of(call.action()).orElseThrow(() -> ProblemException.invalid("action",
                "'" + call.action() + "' is not one of " + WebhookAction.names()));
        RehearsalView rehearsal = handler.apply(cutoverId, deliveryId.strip(), action, call);
        return new DeliveryView(deliveryId.strip(), rehearsal != null, rehearsal);
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
