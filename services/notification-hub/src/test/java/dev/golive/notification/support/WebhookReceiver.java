package dev.golive.notification.support;

import com.sun.net.httpserver.HttpServer;
import dev.golive.edge.webhook.StandardWebhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback that takes webhook posts, as a receiver would: it keeps each
 * request and can be told to answer 503 to the next requests of a path.
 */
public final class WebhookReceiver {

    private static WebhookReceiver shared;

    /** One request as received: {@code deliveryId} is its {@code webhook-id}. */
    public record Received(String path, byte[] body, String signature, String deliveryId, String timestamp, Instant at) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * Whether the Standard Webhooks headers are a valid signature of this id, time and body with
         * {@code secret}, checked as a receiver checks them, at the time it was received.
         */
        public boolean signedWith(String secret) {
            return StandardWebhooks.verify(secret, deliveryId, timestamp, signature, body, at).valid();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresToGo = new ConcurrentHashMap<>();

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            AtomicInteger failures = failuresToGo.get(path);
            int status;
            if (failures != null && failures.getAndDecrement() > 0) {
                status = 503;
            } else {
                status = 204;
            }
            received.add(new Received(path, body, exchange.getRequestHeaders().getFirst("webhook-signature"),
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"), Instant.now()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static synchronized WebhookReceiver shared() {
        if (shared == null) {
            shared = new WebhookReceiver();
        }
        return shared;
    }

    /** A URL of this receiver with its own path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** The next {@code times} requests to {@code path} are answered 503. */
    public void failNext(String path, int times) {
        failuresToGo.put("/" + path, new AtomicInteger(times));
    }

    /** Every request to {@code path} so far, failed ones included. */
    public List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals("/" + path)).toList();
    }
}
