package dev.golive.testing.staging;

import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Cutovers;
import dev.golive.testing.support.Db;
import dev.golive.testing.support.Fixtures;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.DemoUsers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testing.support.Api.as;
import static org.awaitility.Awaitility.await;

/**
 * A cutover ready for a staging round: its window three weeks ahead, the catalogue, and tess and theo
 * who, besides their weekend slots, test on staging the Tuesday (tess) and Wednesday (theo) of the week
 * before the go-live, 09:00–17:00 London; and staging-refresh's events as it sends them.
 */
final class Staging {

    private static final ZoneId LONDON = ZoneId.of(Cutovers.ZONE);

    record Prepared(String cutoverId, Cutovers.Weekend weekend, Instant from, Instant to) {
    }

    static Prepared cutover() {
        Cutovers.Weekend weekend = Cutovers.Weekend.inWeeks(3);
        String id = Fixtures.withWindow(weekend);
        Fixtures.catalogue(id);
        LocalDate friday = weekend.downtimeStart().atZone(LONDON).toLocalDate();
        LocalDate tuesday = friday.minusDays(10);
        LocalDate saturday = friday.plusDays(1);
        Map<String, Object> tess = Fixtures.tester("Tess Tester", DemoUsers.TESTER, "Europe/London", Fixtures.ALL_AREAS,
                Fixtures.at(saturday, 8), Fixtures.at(saturday, 20), 8);
        tess.put("stagingAvailability", List.of(slot(Fixtures.at(tuesday, 9), Fixtures.at(tuesday, 17))));
        Map<String, Object> theo = Fixtures.tester("Theo Tester", DemoUsers.OTHER_TESTER, "Europe/Paris", Fixtures.ALL_AREAS,
                Fixtures.at(saturday.plusDays(1), 8), Fixtures.at(saturday.plusDays(1), 16), 8);
        theo.put("stagingAvailability", List.of(slot(Fixtures.at(tuesday.plusDays(1), 9),
                Fixtures.at(tuesday.plusDays(1), 17))));
        Fixtures.addTester(id, tess);
        Fixtures.addTester(id, theo);
        return new Prepared(id, weekend, Fixtures.at(tuesday.minusDays(1), 0), Fixtures.at(tuesday.plusDays(3), 0));
    }

    static Map<String, Object> slot(Instant start, Instant end) {
        return Map.of("start", start.toString(), "end", end.toString());
    }

    /** staging-refresh says rehearsal {@code rehearsalId} succeeded at {@code at}; waits until the service knows. */
    static void succeeded(String cutoverId, String rehearsalId, Instant at) {
        CatalogEvents.publish(Api.bootstrap(), new RehearsalCompleted(cutoverId, rehearsalId, "SUCCEEDED",
                Duration.ofHours(2), 1, Duration.ofMinutes(20), Duration.ofHours(3), at));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.rehearsal(cutoverId, rehearsalId)
                .map(r -> r.succeededAt != null).orElse(false));
    }

    /** staging-refresh says the developer review of {@code rehearsalId} is (not) done; waits until the service knows. */
    static void reviewed(String cutoverId, String rehearsalId, boolean done) {
        CatalogEvents.publish(Api.bootstrap(), new DeveloperReviewChanged(cutoverId, rehearsalId, done, 8, done ? 8 : 5,
                0, done ? List.of() : List.of("Logs reviewed"), "devon", Instant.now()));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.rehearsal(cutoverId, rehearsalId)
                .map(r -> r.reviewDone == done && r.reviewChangedAt != null).orElse(false));
    }

    /** A rehearsal that succeeded and was reviewed: ready for power users. */
    static String readyRehearsal(String cutoverId, Instant succeededAt) {
        String rehearsal = UUID.randomUUID().toString();
        succeeded(cutoverId, rehearsal, succeededAt);
        reviewed(cutoverId, rehearsal, true);
        return rehearsal;
    }

    static Map<String, Object> round(String rehearsalId, Instant from, Instant to) {
        Map<String, Object> body = new HashMap<>();
        body.put("rehearsalId", rehearsalId);
        body.put("from", from == null ? null : from.toString());
        body.put("to", to == null ? null : to.toString());
        return body;
    }

    static String rounds(String cutoverId) {
        return Api.base(cutoverId) + "/staging-rounds";
    }

    /** Plans a staging round as the ops lead; returns its id. */
    static String plan(Prepared c, String rehearsalId) {
        return as(OPS_LEAD).body(round(rehearsalId, c.from(), c.to())).post(rounds(c.cutoverId())).then()
                .statusCode(201).extract().path("id");
    }

    private Staging() {
    }
}
