package dev.golive.notification.messaging;

import dev.golive.contracts.incident.IncidentReported;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.notification.support.Events;
import dev.golive.testkit.ConsumerChecks;
import dev.golive.testkit.ConsumerChecks.Unreadable;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What cannot be read goes to the topic's dead letter topic with the reason, and the next good event is applied. */
@QuarkusTest
class ConsumedEventsTest {

    private static final String SERVICE = "notification-hub";

    @Test
    void unreadable_cutover_events_go_to_the_dead_letter_topic_and_the_next_good_one_is_applied() {
        String id = UUID.randomUUID().toString();
        ConsumerChecks.deadLettersAndFlowsOn(Api.bootstrap(), SERVICE, Unreadable.withoutType(Events.planned(id, "No type")),
                Events.planned(id, "Readable"),
                () -> Db.projection(id).map(p -> "Readable".equals(p.name)).orElse(false));
    }

    @Test
    void an_event_with_a_cutover_id_that_is_not_one_goes_to_the_dead_letter_topic_once() {
        IncidentReported bad = Events.incident("not-a-uuid", "HIGH", "Nowhere");
        Unreadable refused = Unreadable.refused(bad, "not a UUID");
        ConsumerChecks.deadLetteredOnce(Api.bootstrap(), SERVICE, refused);
        assertThat(Db.processed("notification-hub.incident", refused.ceId())).isZero();
    }
}
