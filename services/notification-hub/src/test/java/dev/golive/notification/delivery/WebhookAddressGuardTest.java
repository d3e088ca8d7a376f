package dev.golive.notification.delivery;

import dev.golive.notification.domain.Channel;
import dev.golive.notification.support.Api;
import dev.golive.notification.support.Db;
import dev.golive.notification.support.Events;
import dev.golive.notification.support.TestResolver;
import dev.golive.notification.support.WebhookReceiver;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * With the production rule on, a webhook target is judged by the same address guard as the probes
 * of integration-readiness: refused at registration when it resolves to a loopback, private,
 * link-local … address, and checked again before every delivery, so a name that later resolves to
 * such an address (DNS rebinding) is never contacted.
 */
@QuarkusTest
@TestProfile(WebhookAddressGuardTest.ProductionGuard.class)
class WebhookAddressGuardTest {

    /** The production rule, as the {@code prod} profile has it. */
    public static class ProductionGuard implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("golive.notification.webhooks.production-guard", "true");
        }
    }

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Inject
    TestResolver dns;

    @Test
    void a_target_at_a_refused_address_is_a_422_naming_the_field_and_nothing_is_stored() {
        String cutover = Api.knownCutover();
        String tag = cutover.substring(0, 8);
        dns.answer("intranet-" + tag + ".golive.test", "10.1.2.3");
        dns.answer("hooks-" + tag + ".golive.test", "93.184.216.34");

        Api.as(DemoUsers.OPS_LEAD).body(Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "America/New_York", "en", null,
                        Map.of("http://169.254.169.254/latest/meta-data/", "GOLIVE_JSON")))
                .post(Api.stakeholders(cutover)).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("webhooks[0].url"))
                .body("errors[0].message", containsString("non-public address"));
        Map<String, String> two = new LinkedHashMap<>();
        two.put("https://hooks-" + tag + ".golive.test/in", "GOLIVE_JSON");
        two.put("https://intranet-" + tag + ".golive.test/in", "CHAT_TEXT");
        Api.as(DemoUsers.OPS_LEAD).body(Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "America/New_York", "en", null, two))
                .post(Api.stakeholders(cutover)).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("webhooks[1].url"));
        Api.as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover)).then().statusCode(200).body("size()", equalTo(0));

        // A public target is accepted; adding one at a private address to it is refused on the field "url".
        String id = Api.create(cutover, Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "America/New_York", "en", null,
                Map.of("https://hooks-" + tag + ".golive.test/in", "GOLIVE_JSON"))).getString("id");
        for (String refused : List.of("http://10.0.0.1:8080/hook", "http://127.0.0.1:" + port() + "/hook",
                "http://[::1]/hook", "http://[::ffff:169.254.169.254]/")) {
            Api.as(DemoUsers.OPS_LEAD).body(Map.of("url", refused, "format", "GOLIVE_JSON"))
                    .post(Api.stakeholders(cutover) + "/" + id + "/webhooks").then().statusCode(422)
                    .body("errors[0].field", equalTo("url"));
        }
        Api.as(DemoUsers.OPS_LEAD).get(Api.stakeholders(cutover) + "/" + id).then().statusCode(200)
                .body("webhooks.size()", equalTo(1));
    }

    @Test
    void a_delivery_to_a_host_that_now_resolves_to_a_refused_address_is_not_attempted_and_the_log_says_so_alike_for_every_port() {
        String cutover = Api.knownCutover();
        String tag = cutover.substring(0, 8);
        String host = "rebind-" + tag + ".golive.test";
        String open = "open-" + tag;
        String closed = "closed-" + tag;
        // At registration the name resolves to a public address…
        dns.answer(host, "93.184.216.34");
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("http://" + host + ":" + port() + "/" + open, "GOLIVE_JSON");
        targets.put("http://" + host + ":1/" + closed, "GOLIVE_JSON");
        Map<String, Object> body = Api.stakeholder("sam", "BUSINESS_STAKEHOLDER", "America/New_York", "en", null, targets);
        body.put("subscriptions", List.of(
                Map.of("eventKind", "WINDOW_SCHEDULED", "minimumSeverity", "INFO", "channel", "WEBHOOK")));
        Api.create(cutover, body);
        // …then to this machine, where the receiver listens on one of the two ports.
        dns.answer(host, "127.0.0.1");

        CatalogEvents.publish(Api.bootstrap(), Events.planned(cutover, "Rebinding " + tag));
        CatalogEvents.publish(Api.bootstrap(), Events.scheduled(cutover, 1, Events.inDays(10)));

        await().atMost(CatalogEvents.WAIT).until(() -> {
            List<DeliveryRow> rows = webhookDeliveries(cutover);
            return rows.size() == 2 && rows.stream().allMatch(d -> d.status == DeliveryStatus.FAILED);
        });
        List<DeliveryRow> rows = webhookDeliveries(cutover);
        assertThat(rows).allSatisfy(d -> assertThat(d.attempts).isEqualTo(5));
        assertThat(rows).extracting(d -> d.lastError).containsOnly(
                "refused by the address guard: " + host + " resolves to an address in a refused range (not contacted)");
        assertThat(rows).extracting(d -> URI.create(d.address).getPort()).containsExactlyInAnyOrder(port(), 1);
        assertThat(receiver.at(open)).isEmpty();
        assertThat(receiver.at(closed)).isEmpty();
    }

    private static List<DeliveryRow> webhookDeliveries(String cutover) {
        return Db.deliveries(cutover).stream().filter(d -> d.channel == Channel.WEBHOOK).toList();
    }

    private int port() {
        return URI.create(receiver.url("x")).getPort();
    }
}
