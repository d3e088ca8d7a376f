package dev.golive.runbook.support;

import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.cutover.TimeRule;
import dev.golive.runbook.cutover.CutoverProjection;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.KnownCutovers;
import dev.golive.testkit.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Cutovers with a go-live window, as cutover-planner announces them, and calls as the demo users. */
public final class Weekends {

    public static String bootstrap() {
        return KafkaBroker.shared().bootstrapServers();
    }

    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    /** A cutover the demo team takes part in, whose window's downtime starts at {@code downtimeStart}. */
    public static String cutoverWithWindow(Instant downtimeStart) {
        String cutoverId = KnownCutovers.announce(bootstrap(), id -> projection(id) != null);
        CatalogEvents.publish(bootstrap(), new GoLiveWindowScheduled(cutoverId, 1, KnownCutovers.ZONE,
                milestones(downtimeStart), "olivia", Instant.now()));
        await("the window known").atMost(CatalogEvents.WAIT).until(() -> {
            CutoverProjection row = projection(cutoverId);
            return row != null && row.windowRevision == 1;
        });
        return cutoverId;
    }

    public static void decideGo(String cutoverId) {
        CatalogEvents.publish(bootstrap(), new GoNoGoDecided(cutoverId, "GO", "olivia", "all gates pass", List.of(),
                Instant.now()));
        await("the GO decision known").atMost(CatalogEvents.WAIT).until(() -> projection(cutoverId).goDecided());
    }

    public static CutoverProjection projection(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> CutoverProjection.<CutoverProjection>findById(UUID.fromString(cutoverId)));
    }

    /** Go/no-go 2 h before the downtime, the system back 5 h after, review 12 h, testing 2 days, PNR, Monday. */
    static List<MilestoneTime> milestones(Instant down) {
        List<MilestoneTime> all = new ArrayList<>();
        all.add(time(Milestone.GO_NO_GO, down.minus(Duration.ofHours(2))));
        all.add(time(Milestone.DOWNTIME_START, down));
        all.add(time(Milestone.SYSTEM_BACK_EXPECTED, down.plus(Duration.ofHours(5))));
        all.add(time(Milestone.TECHNICAL_REVIEW_END, down.plus(Duration.ofHours(12))));
        all.add(time(Milestone.WEEKEND_TESTING_END, down.plus(Duration.ofHours(48))));
        all.add(time(Milestone.POINT_OF_NO_RETURN, down.plus(Duration.ofHours(49))));
        all.add(time(Milestone.BUSINESS_RESUME, down.plus(Duration.ofHours(62))));
        return all;
    }

    private static MilestoneTime time(Milestone milestone, Instant instant) {
        ZoneId zone = ZoneId.of(KnownCutovers.ZONE);
        return new MilestoneTime(milestone, instant.atZone(zone).toLocalDateTime(), KnownCutovers.ZONE,
                zone.getRules().getOffset(instant), instant, TimeRule.EXACT);
    }

    private Weekends() {
    }
}
