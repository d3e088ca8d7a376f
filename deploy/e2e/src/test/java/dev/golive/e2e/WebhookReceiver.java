package dev.golive.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stakeholder's webhook endpoint on loopback: every POST to {@code /hooks/<name>} is kept with its
 * raw body, and its signature is checked as a Standard Webhooks receiver must, written here from the
 * specification rather than taken from Golive's code: {@code webhook-signature} holds
 * space-separated {@code v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">} keyed
 * with the base64-decoded part of the {@code whsec_} secret notification-hub gave for that webhook,
 * one of them must match (compared in constant time), the timestamp within 5 minutes of this clock.
 * A delivery that does not verify is still answered 200 (as a careless receiver would) but reported
 * as not verified, so the test can say so.
 */
public final class WebhookReceiver implements AutoCloseable {

    static final String SIGNATURE = "webhook-signature";
    static final String DELIVERY = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    private static final long TOLERANCE_SECONDS = 300;

    /** One delivery as received, with when it arrived. */
    public record Delivery(String hook, String body, String signature, String deliveryId, String timestamp,
                    Instant receivedAt) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/", this::receive);
        server.start();
    }

    /** The URL of a hook; {@code name} tells the stakeholders' hooks apart. */
    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    /** The secret notification-hub gave for the hook at {@link #url(String) url(name)}. */
    public void secret(String name, String secret) {
        secrets.put(name, secret);
    }

    /** The deliveries to one hook so far, in arrival order. */
    public List<Delivery> deliveries(String name) {
        synchronized (deliveries) {
            return deliveries.stream().filter(d -> d.hook().equals(name)).toList();
        }
    }

    /** Whether a delivery carries the HMAC of its body under its hook's secret. */
    public boolean verified(Delivery d) {
        String secret = secrets.get(d.hook());
        String t = d.timestamp();
        if (secret == null || !secret.startsWith("whsec_") || d.signature() == null || d.deliveryId() == null
                || t == null || !t.matches("\\d{1,12}")
                || Math.abs(d.receivedAt().getEpochSecond() - Long.parseLong(t)) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = hmac(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                d.deliveryId() + "." + t + "." + d.body());
        boolean matched = false;
        for (String candidate : d.signature().trim().split(" +")) {
            if (candidate.startsWith("v1,")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(candidate.substring(3));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                matched |= MessageDigest.isEqual(expected, given);
            }
        }
        return matched;
    }

    /**
     * Sends {@code body} to {@code url} as a Standard Webhooks sender does (a fresh {@code webhook-id},
     * the current {@code webhook-timestamp}, {@code webhook-signature} {@code v1,<HMAC-SHA256>} under the
     * {@code whsec_} secret): how the upgrade platform calls Golive. Returns the HTTP status.
     */
    static int signAndSend(String url, String secret, String body) {
        String id = "msg_" + java.util.UUID.randomUUID();
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        byte[] mac = hmac(Base64.getDecoder().decode(secret.substring("whsec_".length())), id + "." + timestamp + "." + body);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("content-type", "application/json")
                .header(DELIVERY, id)
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, "v1," + Base64.getEncoder().encodeToString(mac))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String hook = exchange.getRequestURI().getPath().substring("/hooks/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (deliveries) {
                deliveries.add(new Delivery(hook, body, exchange.getRequestHeaders().getFirst(SIGNATURE),
                        exchange.getRequestHeaders().getFirst(DELIVERY), exchange.getRequestHeaders().getFirst(TIMESTAMP),
                        Instant.now()));
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
