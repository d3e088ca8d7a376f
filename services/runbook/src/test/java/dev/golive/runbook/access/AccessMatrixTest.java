package dev.golive.runbook.access;

import dev.golive.runbook.support.Weekends;
import dev.golive.testkit.AccessMatrix;
import dev.golive.testkit.KnownCutovers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the OpenAPI document answers every kind of caller as the README's access table says. */
@QuarkusTest
class AccessMatrixTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void every_operation_answers_every_caller_as_the_readme_access_table_says() {
        String member = KnownCutovers.announce(Weekends.bootstrap(), id -> Weekends.projection(id) != null);
        String nonMember = KnownCutovers.announceWithoutTheTeam(Weekends.bootstrap(), id -> Weekends.projection(id) != null);
        AccessMatrix matrix = AccessMatrix.check(base, "runbook", member, nonMember);
        assertThat(matrix.operationCount()).isEqualTo(19);
    }
}
