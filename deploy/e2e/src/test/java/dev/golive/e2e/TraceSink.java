package dev.golive.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the weekend's services export their spans (OTLP over HTTP): it takes every export and
 * answers as a collector does, so that tracing runs as in production without a collector here.
 * What the test checks is the trace context the services carry on their Kafka records, not the
 * exported spans themselves.
 */
final class TraceSink implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger exports = new AtomicInteger();

    TraceSink() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            exports.incrementAndGet();
            // an empty ExportTraceServiceResponse: everything accepted
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many exports the services sent. */
    int exports() {
        return exports.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
