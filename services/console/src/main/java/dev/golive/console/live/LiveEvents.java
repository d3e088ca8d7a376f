package dev.golive.console.live;

import dev.golive.contracts.CloudEventHeaders;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Reads every Golive topic (channel {@value #CHANNEL}, a consumer group of its own per console
 * instance, from the latest offset: a console shows what happens while it runs, it owns no history)
 * and tells the open pages of a cutover which panels to fetch again, over server-sent events. Only the event's type and
 * subject are read — the payload stays with the services, which decide what each user may see when
 * the page fetches the panel with the user's token.
 */
@ApplicationScoped
public class LiveEvents {

    public static final String CHANNEL = "golive-events";

    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private static final Logger LOG = Logger.getLogger(LiveEvents.class);

    private final BroadcastProcessor<CutoverChange> changes = BroadcastProcessor.create();

    @Incoming(CHANNEL)
    public void consume(ConsumerRecord<String, byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        String cutoverId = record.key() != null ? record.key() : header(record, CloudEventHeaders.SUBJECT);
        List<String> panels = Panels.changedBy(type);
        if (cutoverId == null || panels.isEmpty()) {
            return;
        }
        LOG.debugf("%s on cutover %s: refresh %s", type, cutoverId, panels);
        changes.onNext(new CutoverChange(cutoverId, panels));
    }

    /** For an open cockpit: the names of the panels of this cutover that changed, from now on. */
    public Multi<OutboundSseEvent> panelEvents(String cutoverId, Sse sse) {
        Multi<OutboundSseEvent> events = changes.filter(change -> change.cutoverId().equals(cutoverId))
                .map(change -> sse.newEventBuilder().name("panels").data(String.join(" ", change.panels())).build());
        return Multi.createBy().merging().streams(events, keepAlive(sse));
    }

    /** For the status page: only that something changed, about any cutover — no names, no details. */
    public Multi<OutboundSseEvent> statusEvents(Sse sse) {
        Multi<OutboundSseEvent> events = changes.map(change -> sse.newEventBuilder().name("status").data("changed").build());
        return Multi.createBy().merging().streams(events, keepAlive(sse));
    }

    /** A comment now and then keeps proxies from closing an idle stream. */
    private static Multi<OutboundSseEvent> keepAlive(Sse sse) {
        return Multi.createFrom().ticks().every(KEEP_ALIVE).map(tick -> sse.newEventBuilder().comment("keep-alive").build());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
