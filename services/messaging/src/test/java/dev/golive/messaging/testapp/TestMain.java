package dev.golive.messaging.testapp;

import dev.golive.contracts.Topics;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The test application as a process that starts, does one step and stops, for
 * {@code @QuarkusMainTest}s that need the application stopped in the middle of something and started
 * again ({@code @QuarkusTest}s never run it). Without arguments it runs until asked to stop.
 *
 * <ul>
 * <li>{@code stop-during-retry <cutoverId>}: every detail change of the cutover fails as a restarting
 * database would; publishes its CutoverPlanned and CutoverUpdated, and returns (the application
 * stops, holding its stop until the consumer is done with the record in hand) once the first is being
 * retried. Prints {@code planned=<ce id>} and {@code updated=<ce id>}.
 * <li>{@code apply <cutoverId> <planned ce id> <updated ce id>}: no more failures; waits until both are
 * applied and prints what the database and the dead-letter topic hold of them.
 * </ul>
 */
@QuarkusMain
public class TestMain implements QuarkusApplication {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        UUID cutoverId = UUID.fromString(args[1]);
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        switch (args[0]) {
            case "stop-during-retry" -> {
                TestReactions.failDetailsTransiently(cutoverId, Integer.MAX_VALUE);
                TestCutoverConsumer.holdTheStopUntilIdle();
                String planned = CatalogEvents.publish(bootstrap, Cutovers.planned(cutoverId.toString(), Cutovers.ZONE));
                String updated = CatalogEvents.publish(bootstrap, Cutovers.updated(cutoverId.toString(), Cutovers.ZONE));
                await("CutoverPlanned retried").atMost(WAIT).until(() -> TestReactions.detailAttempts(cutoverId) >= 2);
                System.out.println("planned=" + planned);
                System.out.println("updated=" + updated);
                return 0;
            }
            case "apply" -> {
                TestReactions.failDetailsTransiently(cutoverId, 0);
                String planned = args[2];
                String updated = args[3];
                await("CutoverUpdated applied").atMost(WAIT)
                        .until(() -> Db.processed(TestCutoverConsumer.CONSUMER, updated) == 1);
                System.out.println("planned applied " + Db.processed(TestCutoverConsumer.CONSUMER, planned) + " time(s)");
                System.out.println("updated applied " + Db.processed(TestCutoverConsumer.CONSUMER, updated) + " time(s)");
                System.out.println("detail changes " + Db.projection(cutoverId).orElseThrow().detailsChanges);
                try (RawTopicReader dlq = RawTopicReader.fromBeginning(bootstrap,
                        Topics.deadLetter(Topics.CUTOVER, "messaging-test"))) {
                    dlq.awaitNone(r -> cutoverId.toString().equals(r.key()), Duration.ofSeconds(2));
                    System.out.println("dead letters of the cutover: none");
                }
                return 0;
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }
}
