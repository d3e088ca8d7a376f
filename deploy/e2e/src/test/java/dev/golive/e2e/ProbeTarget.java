package dev.golive.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The health endpoints of the cutover's integrations (a payment provider, a carrier), on loopback:
 * {@code GET /health/<name>} answers {@code {"status":"ok"}} with 200 while the integration works,
 * and 503 {@code {"status":"down"}} while the test says it is broken.
 */
final class ProbeTarget implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Boolean> broken = new ConcurrentHashMap<>();

    ProbeTarget() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/health/", this::answer);
        server.start();
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/health/" + name;
    }

    void breakDown(String name) {
        broken.put(name, true);
    }

    void repair(String name) {
        broken.put(name, false);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/health/".length());
            boolean down = broken.getOrDefault(name, false);
            byte[] body = (down ? "{\"status\":\"down\"}" : "{\"status\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(down ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
