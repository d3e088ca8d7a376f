package dev.golive.planner.access;

import dev.golive.planner.support.Api;
import dev.golive.testkit.AccessMatrix;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static dev.golive.planner.support.Api.as;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the OpenAPI document against the README's access table (see AccessMatrix). */
@QuarkusTest
class AccessMatrixTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void every_operation_answers_each_caller_as_the_readme_access_table_says() {
        String member = Api.create(Api.cutover("Europe/London"));
        String nonMember = Api.create(Api.cutover("Europe/London"));
        // The planner is its first ops lead; hand the cutover over to someone outside the demo team.
        as(OPS_LEAD).body(Map.of("members", List.of(Map.of("member", "nobody", "role", "ops-lead"))))
                .put("/api/cutovers/" + nonMember + "/members").then().statusCode(200);

        AccessMatrix matrix = AccessMatrix.check(base, "cutover-planner", member, nonMember);
        // 15; since ADR 22 the holiday calendar, the holidays and the five freeze-period operations; since ADR 23
        // the three calendar-subscription operations and the feed
        assertThat(matrix.operationCount()).isEqualTo(26);
    }
}
