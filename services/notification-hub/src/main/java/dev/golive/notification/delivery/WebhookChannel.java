package dev.golive.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.edge.address.AddressGuard;
import dev.golive.edge.address.AddressPolicy;
import dev.golive.edge.address.PinnedHttpClient;
import dev.golive.edge.webhook.StandardWebhooks;
import dev.golive.notification.NotificationConfig;
import dev.golive.notification.domain.ChatCards;
import dev.golive.notification.domain.ChatText;
import dev.golive.notification.domain.WebhookFormat;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts a delivery to a webhook target: Golive's JSON or, for a chat tool, {@code {"text": ...}}, Slack blocks or
 * a Teams Adaptive Card ({@link ChatCards});
 * signed as Standard Webhooks says ({@link StandardWebhooks}: {@code webhook-id} is the delivery
 * id, the same on every attempt, so a receiver drops a repeat; {@code webhook-timestamp};
 * {@code webhook-signature} with the target's {@code whsec_} secret). Any 2xx answer is a delivery.
 *
 * <p>Before each attempt the target's host is resolved and every address checked by the
 * {@link AddressGuard}; the request then goes to a checked address ({@link PinnedHttpClient}), never
 * to a second answer of the resolver, and a redirect is never followed (it is not a 2xx: the
 * attempt failed). A refused target is not contacted at all, and its reason says the same whatever
 * the port, so the delivery log cannot be used to scan the network. Blocking: called from the
 * sender's own threads, never from an event loop.
 */
@ApplicationScoped
public class WebhookChannel {

    private static final Logger LOG = Logger.getLogger(WebhookChannel.class);
    static final String USER_AGENT = "golive-notification-hub-webhook/1";

    private final NotificationConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final AddressGuard guard;
    private final PinnedHttpClient http;

    public WebhookChannel(NotificationConfig config, ObjectMapper json, Clock clock, AddressGuard guard, Vertx vertx) {
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.guard = guard;
        this.http = new PinnedHttpClient(vertx, new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.webhookTimeout().toMillis()))
                .setDecompressionSupported(false)
                .setName("golive-webhook"));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** @throws WebhookFailure when the target is refused, cannot be reached or does not answer 2xx */
    public void send(Outgoing delivery) {
        byte[] body = body(delivery);
        String secret = delivery.secret().orElseThrow(() -> new WebhookFailure("the webhook target is gone"));
        URI target;
        try {
            target = URI.create(delivery.address());
        } catch (IllegalArgumentException e) {
            throw new WebhookFailure("not a usable URL: " + e.getMessage());
        }
        AddressGuard.Checked checked = guard.resolveAndCheck(target);
        if (!checked.allowed()) {
            LOG.infof("%s refused before connecting: %s", delivery, checked.decision().reason());
            throw new WebhookFailure(refusal(target, checked));
        }
        StandardWebhooks.Headers signed = StandardWebhooks.headers(secret, delivery.id().toString(), clock.instant(), body);
        Duration timeout = config.webhookTimeout();
        RequestOptions options = PinnedHttpClient.options(HttpMethod.POST, target, checked.pinned())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT)
                .putHeader(StandardWebhooks.ID_HEADER, signed.id())
                .putHeader(StandardWebhooks.TIMESTAMP_HEADER, signed.timestamp())
                .putHeader(StandardWebhooks.SIGNATURE_HEADER, signed.signature());
        int status = post(options, body, timeout);
        if (status / 100 != 2) {
            throw new WebhookFailure("answered HTTP " + status);
        }
    }

    /**
     * The reason a refused delivery is logged with: which rule, never the port, and the same text
     * for every address in a refused range (no address, no range) — nothing about the network
     * beyond "not allowed" is written where people read it.
     */
    static String refusal(URI target, AddressGuard.Checked checked) {
        AddressPolicy.Refusal refusal = checked.decision().refusal();
        String host = target.getHost();
        return switch (refusal) {
            case REFUSED_RANGE -> "refused by the address guard: " + host
                    + " resolves to an address in a refused range (not contacted)";
            case NO_ADDRESS -> "refused by the address guard: " + host + " does not resolve (not contacted)";
            default -> "refused by the address guard: " + checked.decision().reason() + " (not contacted)";
        };
    }

    /** Sends the request and waits for its status, discarding the answer's body. */
    private int post(RequestOptions options, byte[] body, Duration timeout) {
        Promise<Integer> status = Promise.promise();
        http.request(options).onFailure(status::tryFail).onSuccess(request ->
                request.send(Buffer.buffer(body)).onFailure(status::tryFail).onSuccess(response -> {
                    response.handler(ignored -> { });
                    response.exceptionHandler(status::tryFail);
                    response.endHandler(v -> status.tryComplete(response.statusCode()));
                }));
        try {
            return status.future().toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() + 2_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new WebhookFailure("no answer: " + e.getCause());
        } catch (TimeoutException e) {
            throw new WebhookFailure("no answer within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookFailure("interrupted");
        }
    }

    byte[] body(Outgoing delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        WebhookFormat format = delivery.format().orElse(WebhookFormat.GOLIVE_JSON);
        if (format == WebhookFormat.SLACK_BLOCKS) {
            body.putAll(ChatCards.slack(delivery.subject(), delivery.body(), delivery.severity()));
        } else if (format == WebhookFormat.TEAMS_CARD) {
            body.putAll(ChatCards.teams(delivery.subject(), delivery.body(), delivery.severity()));
        } else if (format == WebhookFormat.CHAT_TEXT) {
            body.put("text", ChatText.of(delivery.subject(), delivery.body()));
        } else {
            body.put("deliveryId", delivery.id().toString());
            body.put("cutoverId", delivery.cutoverId().toString());
            body.put("kind", delivery.kind().name());
            body.put("severity", delivery.severity().name());
            body.put("subject", delivery.subject());
            body.put("text", delivery.body());
            body.put("sourceEventId", delivery.sourceEventId());
            body.put("sourceEventType", delivery.sourceEventType());
            if (delivery.pageId() != null) {
                body.put("pageId", delivery.pageId().toString());
            }
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A webhook that was not delivered, with a reason fit for the delivery log (no secret, no body). */
    public static class WebhookFailure extends RuntimeException {
        public WebhookFailure(String reason) {
            super(reason);
        }
    }
}
