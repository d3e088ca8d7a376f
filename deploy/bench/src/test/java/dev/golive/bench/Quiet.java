package dev.golive.bench;

import dev.golive.e2e.Platform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;



/**
 * Whether the platform has finished the work it was given: every service's consumer group has
 * committed up to the end of every partition it reads, and no outbox holds a row not yet published.
 * A CPU window starts and ends on a quiet platform, so that the work a scenario causes downstream
 * (notification-hub and the planner consuming what rollback-decision published) is counted in it,
 * and not in the next scenario's idle rate.
 */
final class Quiet {

    private Quiet() {
    }

    static void await(Platform platform, Duration atMost) {
        long[] seen = {-1, 0};
        try (Admin admin = platform.kafka.admin()) {
            org.awaitility.Awaitility.await("the platform done with its work (no consumer lag, every outbox empty)")
                    .atMost(atMost).pollInterval(Duration.ofMillis(500))
                    .until(() -> settled(lag(admin), unpublished(platform), seen));
        } catch (org.awaitility.core.ConditionTimeoutException stillBusy) {
            // Measured anyway, and said with what was still pending: the CPU figures around this step
            // include some earlier work.
            System.out.println("BENCH the platform was still busy after " + atMost.toSeconds() + " s: "
                    + pending(platform));
        }
    }

    /**
     * Quiet: no outbox row unpublished, and the consumer lag zero or — when some group keeps a lag it
     * never commits away (seen on a loaded machine; {@link #pending} names it) — unchanged over the
     * last 2 s of polls, so that nothing is being consumed any more.
     *
     * @param seen the lag at the previous poll and for how many polls in a row it was the same
     */
    private static boolean settled(long lag, long unpublished, long[] seen) {
        seen[1] = lag == seen[0] ? seen[1] + 1 : 0;
        seen[0] = lag;
        return unpublished == 0 && (lag == 0 || seen[1] >= 4);
    }

    /** What keeps the platform from being quiet: the lag of each group and partition behind, and the unpublished rows. */
    private static String pending(Platform platform) {
        Map<String, Long> behind = new java.util.TreeMap<>();
        try (Admin admin = platform.kafka.admin()) {
            lag(admin, behind);
            return "consumer lag " + behind + ", unpublished outbox rows " + unpublished(platform);
        } catch (Exception e) {
            return "(could not tell: " + e + ")";
        }
    }

    /** Records not yet committed by the services' consumer groups, over every partition they read. */
    static long lag(Admin admin) throws Exception {
        return lag(admin, new HashMap<>());
    }

    private static long lag(Admin admin, Map<String, Long> behind) throws Exception {
        long lag = 0;
        for (GroupListing group : admin.listGroups().all().get()) {
            if (group.groupId().startsWith("bench-")) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            for (var c : committed.entrySet()) {
                if (c.getValue() != null) {
                    long partitionLag = Math.max(0, ends.get(c.getKey()).offset() - c.getValue().offset());
                    if (partitionLag > 0) {
                        behind.put(group.groupId() + " " + c.getKey(), partitionLag);
                    }
                    lag += partitionLag;
                }
            }
        }
        return lag;
    }

    private static long unpublished(Platform platform) throws SQLException {
        long rows = 0;
        try (Connection db = platform.postgres.connect("golive")) {
            for (String schema : Platform.SCHEMA_OF.values()) {
                try (ResultSet r = db.createStatement().executeQuery(
                        "SELECT count(*) FROM " + schema + ".outbox_event WHERE published_at IS NULL")) {
                    r.next();
                    rows += r.getLong(1);
                }
            }
        }
        return rows;
    }
}
