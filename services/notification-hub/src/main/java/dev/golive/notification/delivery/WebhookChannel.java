package dev.golive.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.notification.NotificationConfig;
import dev.golive.notification.domain.ChatText;
import dev.golive.notification.domain.WebhookFormat;
import dev.golive.notification.domain.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts a delivery to a webhook target: Golive's JSON or, for a chat tool, {@code {"text": ...}};
 * signed with the target's secret ({@link WebhookSignature}) and carrying the delivery id, so a
 * receiver can check where it came from and drop a repeat. Any 2xx answer is a delivery.
 */
@ApplicationScoped
public class WebhookChannel {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    NotificationConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** @throws WebhookFailure when the receiver cannot be reached or does not answer 2xx */
    public void send(Outgoing delivery) {
        byte[] body = body(delivery);
        byte[] secret = delivery.secret().orElseThrow(() -> new WebhookFailure("the webhook target is gone"))
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.address()))
                    .timeout(config.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .header(Outgoing.DELIVERY_HEADER, delivery.id().toString())
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, clock.instant().getEpochSecond(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new WebhookFailure("not a usable URL: " + e.getMessage());
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new WebhookFailure("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookFailure("interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new WebhookFailure("answered HTTP " + response.statusCode());
        }
    }

    byte[] body(Outgoing delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (delivery.format().orElse(WebhookFormat.GOLIVE_JSON) == WebhookFormat.CHAT_TEXT) {
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
