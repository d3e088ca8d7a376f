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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stakeholder's webhook endpoint on loopback: every POST to {@code /hooks/<name>} is kept with its
 * raw body, and its signature is checked as a receiver must: {@code X-Golive-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} keyed with the secret notification-hub gave
 * for that webhook, compared in constant time, {@code t} within 5 minutes of this clock. A delivery
 * that does not verify is still answered 200 (as a careless receiver would) but reported as not
 * verified, so the test can say so.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String SIGNATURE = "X-Golive-Signature";
    static final String DELIVERY = "X-Golive-Delivery";
    private static final long TOLERANCE_SECONDS = 300;

    /** One delivery as received, with when it arrived. */
    record Delivery(String hook, String body, String signature, String deliveryId, Instant receivedAt) {
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
    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    /** The secret notification-hub gave for the hook at {@link #url(String) url(name)}. */
    void secret(String name, String secret) {
        secrets.put(name, secret);
    }

    /** The deliveries to one hook so far, in arrival order. */
    List<Delivery> deliveries(String name) {
        synchronized (deliveries) {
            return deliveries.stream().filter(d -> d.hook().equals(name)).toList();
        }
    }

    /** Whether a delivery carries the HMAC of its body under its hook's secret. */
    boolean verified(Delivery d) {
        String secret = secrets.get(d.hook());
        if (secret == null || d.signature() == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : d.signature().split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || !t.matches("\\d{1,12}")
                || Math.abs(d.receivedAt().getEpochSecond() - Long.parseLong(t)) > TOLERANCE_SECONDS) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, t + "." + d.body()).getBytes(StandardCharsets.UTF_8),
                v1.getBytes(StandardCharsets.UTF_8));
    }

    private static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
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
                        exchange.getRequestHeaders().getFirst(DELIVERY), Instant.now()));
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
