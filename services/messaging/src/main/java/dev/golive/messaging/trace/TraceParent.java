package dev.golive.messaging.trace;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context of a span, as the outbox stores it and the Kafka record carries it
 * ({@code traceparent}, and {@code tracestate} when a vendor set one). The transactional outbox hands an
 * event to another thread and another moment: without this, the trace of the request that wrote the event
 * would stop at the commit, and the consumer in the next service would begin a trace of its own.
 *
 * <p>Reading and writing the headers is the OpenTelemetry API's W3C propagator; this class only moves its
 * two strings between a {@link Context}, a database row and Kafka headers. With tracing off there is no
 * valid span, the propagator writes nothing, and both fields are null.
 *
 * @param traceparent {@code 00-<trace id>-<span id>-<flags>}, or null when there was no span
 * @param tracestate  the vendors' state that goes with it, or null
 */
public record TraceParent(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** The trace context of the span current on this thread (none: both null). */
    public static TraceParent current() {
        return of(Context.current());
    }

    static TraceParent of(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, (map, name, value) -> map.put(name, value));
        return new TraceParent(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** Kafka headers for a record: none when there is no trace context. */
    public Headers toHeaders() {
        List<Header> headers = new ArrayList<>(2);
        RecordHeaders result = new RecordHeaders(headers);
        if (traceparent != null) {
            result.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            if (tracestate != null) {
                result.add(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    /**
     * The context a consumer's span starts in: the record's remote parent when it carries a valid
     * {@code traceparent}, otherwise the root context (the span then begins a trace of its own).
     */
    public static Context parentOf(Headers headers) {
        return W3C.extract(Context.root(), headers, KAFKA_HEADERS);
    }

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            carrier.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            if (carrier == null) {
                return null;
            }
            Header header = carrier.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
