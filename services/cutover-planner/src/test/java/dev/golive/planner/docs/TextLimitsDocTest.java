package dev.golive.planner.docs;

import dev.golive.planner.cutover.CutoverRequest;
import dev.golive.planner.cutover.CutoverResource;
import dev.golive.planner.domain.CutoverPatch;
import dev.golive.planner.feed.CalendarSubscriptionResource;
import dev.golive.planner.freeze.FreezeRequest;
import dev.golive.planner.gonogo.DecisionRequest;
import dev.golive.planner.support.Api;
import dev.golive.planner.window.WindowResource;
import dev.golive.testkit.TextLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static dev.golive.planner.support.Api.as;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The README's "Text limits" table is what the service enforces (see {@link TextLimits}). */
@QuarkusTest
class TextLimitsDocTest {

    private static final String LONDON = "Europe/London";

    @Test
    void the_readme_table_of_text_limits_is_what_the_service_enforces() {
        String edited = Api.create(cutover());

        // Cancelling, moving the status, scheduling and deciding change the cutover: each try has a new one.
        TextLimits.check(Path.of("README.md"), Map.of(
                "POST /api/cutovers", new TextLimits.Endpoint(CutoverRequest.class, TextLimitsDocTest::cutover,
                        body -> answer(as(OPS_LEAD).body(body).post("/api/cutovers"))),
                "PATCH /api/cutovers/{id}", new TextLimits.Endpoint(CutoverPatch.class,
                        () -> {
                            Map<String, Object> patch = cutover();
                            patch.keySet().retainAll(List.of("name", "client", "erpProduct", "zone", "onCallTeam",
                                    "blackouts"));
                            return patch;
                        },
                        body -> answer(as(OPS_LEAD).body(body).patch("/api/cutovers/" + edited))),
                "POST /api/cutovers/{id}/cancel", new TextLimits.Endpoint(CutoverResource.ReasonRequest.class,
                        () -> new HashMap<>(Map.of("reason", "the client postponed the project")),
                        body -> answer(as(OPS_LEAD).body(body).post("/api/cutovers/" + Api.create(cutover()) + "/cancel"))),
                "POST /api/cutovers/{id}/status", new TextLimits.Endpoint(CutoverResource.StatusRequest.class,
                        () -> new HashMap<>(Map.of("status", "GO_NO_GO_PASSED", "reason", "decided in the steering meeting")),
                        body -> answer(as(OPS_LEAD).body(body).post("/api/cutovers/" + scheduled() + "/status"))),
                "PUT /api/cutovers/{id}/window", new TextLimits.Endpoint(WindowResource.WindowRequest.class,
                        () -> new HashMap<>(Map.of("downtimeStart", friday().toString(), "reason", "the first free weekend")),
                        body -> answer(as(OPS_LEAD).body(body).put("/api/cutovers/" + Api.create(cutover()) + "/window"))),
                "POST /api/cutovers/{id}/go-no-go", new TextLimits.Endpoint(DecisionRequest.class,
                        () -> new HashMap<>(Map.of("decision", "GO", "reason", "the client accepts the open points")),
                        TextLimitsDocTest::decideOnceReached),
                "POST /api/me/calendar-subscriptions", new TextLimits.Endpoint(
                        CalendarSubscriptionResource.NewSubscription.class,
                        () -> new HashMap<>(Map.of("label", "Work phone")),
                        body -> answer(as(OPS_LEAD).body(body).post("/api/me/calendar-subscriptions"))),
                "POST /api/freeze-periods", new TextLimits.Endpoint(FreezeRequest.class,
                        TextLimitsDocTest::freeze,
                        body -> answer(as(OPS_LEAD).body(body).post("/api/freeze-periods")))));
    }

    /**
     * A freeze period years ahead, for a team of its own: what this test creates closes no weekend
     * another test plans.
     */
    private static Map<String, Object> freeze() {
        LocalDate far = LocalDate.now(ZoneId.of(LONDON)).plusYears(7);
        return new HashMap<>(Map.of("name", "Trade fair", "from", far.toString(), "to", far.plusDays(3).toString(),
                "team", "team-" + java.util.UUID.randomUUID(), "note", "the whole sales team is on the stand"));
    }

    private static Map<String, Object> cutover() {
        Map<String, Object> body = Api.cutover(LONDON);
        LocalDate christmas = LocalDate.now(ZoneId.of(LONDON)).plusYears(1).withMonth(12).withDayOfMonth(24);
        body.put("blackouts", new ArrayList<>(List.of(new HashMap<>(Map.of("from", christmas.toString(),
                "to", christmas.plusDays(2).toString(), "reason", "Christmas")))));
        return body;
    }

    /** The first Friday 17:00 past the default minimum lead time of 14 days. */
    private static java.time.LocalDateTime friday() {
        return LocalDate.now(ZoneId.of(LONDON)).plusDays(15).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
                .atTime(17, 0);
    }

    private static String scheduled() {
        String id = Api.create(cutover());
        as(OPS_LEAD).body(Map.of("downtimeStart", friday().toString())).put("/api/cutovers/" + id + "/window")
                .then().statusCode(200);
        return id;
    }

    /**
     * A decision on a new cutover whose go/no-go comes a few seconds from now (a weekend compressed
     * into seconds): sent again while the service answers that the go/no-go is not reached yet.
     */
    private static TextLimits.Answer decideOnceReached(Map<String, Object> body) {
        ZonedDateTime downtime = Api.secondsFromNowOnOneDate(16);
        Map<String, Object> cutover = Api.cutover(downtime.getZone().getId());
        cutover.put("policy", Api.compressedPolicy(downtime));
        String id = Api.create(cutover);
        as(OPS_LEAD).body(Map.of("downtimeStart", downtime.toLocalDateTime().toString()))
                .put("/api/cutovers/" + id + "/window").then().statusCode(200);
        AtomicReference<Response> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response response = as(OPS_LEAD).body(body).post("/api/cutovers/" + id + "/go-no-go");
            answer.set(response);
            return !(response.statusCode() == 409
                    && "https://golive.dev/problems/go-no-go-not-reached".equals(response.jsonPath().getString("type")));
        });
        // Recorded, or refused for its text: anything else would leave the table unchecked.
        assertThat(answer.get().statusCode()).as(answer.get().asString()).isIn(200, 422);
        return answer(answer.get());
    }

    /** The fields a 422 named, an element of a list written as the table writes it ({@code blackouts[].reason}). */
    private static TextLimits.Answer answer(Response response) {
        List<String> fields = response.statusCode() == 422 ? response.jsonPath().getList("errors.field", String.class)
                : List.of();
        return new TextLimits.Answer(response.statusCode(), fields == null ? List.of()
                : fields.stream().map(f -> f.replaceAll("\\[\\d+]", "[]")).toList());
    }
}
