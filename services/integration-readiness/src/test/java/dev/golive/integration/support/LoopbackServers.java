package dev.golive.integration.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PfxOptions;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP and an HTTPS server on 127.0.0.1 (random ports) for probes to call; nothing here listens
 * anywhere else. Routes:
 * <ul>
 *   <li>{@code /health}: 200 {@code {"status":"ok","version":19}};</li>
 *   <li>{@code /status/{code}}: that status;</li>
 *   <li>{@code /slow}: 200 after {@link #SLOW} (a Vert.x timer, nothing sleeps);</li>
 *   <li>{@code /redirect?to=URL}: 302 to it;</li>
 *   <li>{@code /big}: 200 with a body of 300 KiB;</li>
 *   <li>{@code /flaky/{key}}: 503 the first time for that key, 200 afterwards.</li>
 * </ul>
 * Every request is counted by path.
 */
public final class LoopbackServers implements AutoCloseable {

    public static final Duration SLOW = Duration.ofSeconds(3);

    private final Vertx vertx;
    private final HttpServer http;
    private final HttpServer https;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private LoopbackServers(Vertx vertx) {
        this.vertx = vertx;
        ProbeTls.ensure();
        this.http = listen(vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)));
        this.https = listen(vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                .setSsl(true).setKeyCertOptions(new PfxOptions().setPath(ProbeTls.KEY_STORE.toString())
                        .setPassword(ProbeTls.PASSWORD))));
    }

    public static LoopbackServers start(Vertx vertx) {
        return new LoopbackServers(vertx);
    }

    private HttpServer listen(HttpServer server) {
        try {
            return server.requestHandler(this::handle).listen().toCompletionStage().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a loopback server", e);
        }
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        if (path.equals("/health")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"ok\",\"version\":19}");
        } else if (path.startsWith("/status/")) {
            request.response().setStatusCode(Integer.parseInt(path.substring("/status/".length()))).end("status");
        } else if (path.equals("/slow")) {
            vertx.setTimer(SLOW.toMillis(), id -> {
                if (!request.response().closed()) {
                    request.response().end("late");
                }
            });
        } else if (path.equals("/redirect")) {
            request.response().setStatusCode(302).putHeader("Location", request.getParam("to")).end();
        } else if (path.equals("/big")) {
            request.response().end("x".repeat(300 * 1024));
        } else if (path.startsWith("/flaky/")) {
            int n = hits.get(path).get();
            request.response().setStatusCode(n == 1 ? 503 : 200).end(n == 1 ? "busy" : "ok");
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    public String http(String path) {
        return "http://127.0.0.1:" + http.actualPort() + path;
    }

    public String https(String path) {
        return "https://127.0.0.1:" + https.actualPort() + path;
    }

    /** How many requests reached {@code path}. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        try {
            http.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            https.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the JVM ends anyway
        }
    }
}
