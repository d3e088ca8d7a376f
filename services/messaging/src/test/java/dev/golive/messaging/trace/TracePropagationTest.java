package dev.golive.messaging.trace;

import dev.golive.contracts.Topics;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.messaging.outbox.OutboxEvent;
import dev.golive.messaging.testapp.Cutovers;
import dev.golive.messaging.testapp.Db;
import dev.golive.messaging.testapp.RealServers;
import dev.golive.messaging.testapp.TestCutoverConsumer;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace across the transactional outbox: the REST request that appends an event, the relay that sends
 * it from its own thread later, and the consumer that applies it (in a real deployment, in the next service)
 * — with the test application's spans exported to memory and the real broker and PostgreSQL in between.
 */
@QuarkusTest
class TracePropagationTest {

    private static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");

    @Inject
    InMemorySpanExporter spans;

    @Inject
    Outbox outbox;

    @Test
    void the_consumers_span_is_a_child_of_the_request_that_appended_the_event_in_the_same_trace() {
        UUID cutoverId = UUID.randomUUID();
        String id = cutoverId.toString();
        try (RawTopicReader topic = RawTopicReader.atEnd(RealServers.bootstrap(), Topics.CUTOVER)) {
            given().post("/test-writes/{cutoverId}/plan", id).then().statusCode(200);

            SpanData request = await().atMost(CatalogEvents.WAIT)
                    .until(() -> span(s -> s.getKind() == SpanKind.SERVER
                            && String.valueOf(s.getAttributes().get(URL_PATH)).endsWith(id + "/plan")), Optional::isPresent)
                    .orElseThrow();
            OutboxEvent row = Db.outbox(id).get(0);
            String requestTraceparent = "00-" + request.getTraceId() + "-" + request.getSpanId() + "-01";
            assertThat(row.traceparent).as("the outbox row keeps the request's span").isEqualTo(requestTraceparent);

            ConsumerRecord<String, byte[]> record = topic.awaitRecords(r -> id.equals(r.key()), 1, CatalogEvents.WAIT).get(0);
            assertThat(RawTopicReader.header(record, TraceParent.TRACEPARENT))
                    .as("the relay puts it on the record").isEqualTo(requestTraceparent);

            SpanData consumed = await().atMost(CatalogEvents.WAIT)
                    .until(() -> span(s -> row.id.toString().equals(s.getAttributes().get(EVENT_ID))), Optional::isPresent)
                    .orElseThrow();
            assertThat(consumed.getKind()).isEqualTo(SpanKind.CONSUMER);
            assertThat(consumed.getName()).isEqualTo(Topics.CUTOVER + " process");
            assertThat(consumed.getTraceId()).as("one trace from the request to the consumer").isEqualTo(request.getTraceId());
            assertThat(consumed.getParentSpanId()).as("the request's span is the consumer's parent").isEqualTo(request.getSpanId());
            assertThat(consumed.getParentSpanContext().isRemote()).isTrue();
            assertThat(Db.projection(cutoverId)).as("and the event was applied").isPresent();
        }
    }

    @Test
    void an_event_appended_outside_any_span_is_relayed_without_trace_headers_and_a_record_without_them_is_consumed() {
        String incidentCutover = UUID.randomUUID().toString();
        try (RawTopicReader topic = RawTopicReader.atEnd(RealServers.bootstrap(), Topics.INCIDENT)) {
            QuarkusTransaction.requiringNew().run(() -> outbox.append(
                    new IncidentResolved(incidentCutover, "inc-1", "fixed", "oscar", Instant.now())));
            ConsumerRecord<String, byte[]> record = topic.awaitRecords(r -> incidentCutover.equals(r.key()), 1, CatalogEvents.WAIT).get(0);
            assertThat(Db.outbox(incidentCutover)).extracting(row -> row.traceparent).containsExactly((String) null);
            assertThat(RawTopicReader.header(record, TraceParent.TRACEPARENT)).isNull();
            assertThat(RawTopicReader.header(record, TraceParent.TRACESTATE)).isNull();
        }

        // As a service that does not trace (or a record written before tracing) sends it: no traceparent header.
        UUID cutoverId = UUID.randomUUID();
        String plannedId = CatalogEvents.publish(RealServers.bootstrap(), Cutovers.planned(cutoverId.toString(), Cutovers.ZONE));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(TestCutoverConsumer.CONSUMER, plannedId) == 1);
        SpanData consumed = await().atMost(CatalogEvents.WAIT)
                .until(() -> span(s -> plannedId.equals(s.getAttributes().get(EVENT_ID))), Optional::isPresent)
                .orElseThrow();
        assertThat(consumed.getParentSpanContext().isValid()).as("the consumer's span begins a trace of its own").isFalse();
        assertThat(Db.projection(cutoverId)).isPresent();
    }

    private Optional<SpanData> span(java.util.function.Predicate<SpanData> which) {
        List<SpanData> finished = spans.getFinishedSpanItems();
        return finished.stream().filter(which).findFirst();
    }
}
