package dev.golive.testing.access;

import dev.golive.testing.support.Api;
import dev.golive.testing.support.Db;
import dev.golive.testkit.AccessMatrix;
import dev.golive.testkit.KnownCutovers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document against the README's access table: bad tokens, each role as
 * a member of the cutover, and an allowed role on a cutover no demo user takes part in.
 */
@QuarkusTest
class AccessMatrixTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void every_operation_lets_in_exactly_whom_the_readme_names() {
        String member = Api.knownCutover();
        String nonMember = KnownCutovers.announceWithoutTheTeam(Api.bootstrap(), id -> Db.projection(id).isPresent());

        AccessMatrix matrix = AccessMatrix.check(base, "weekend-testing", member, nonMember);
        assertThat(matrix.operationCount()).isEqualTo(28);
    }
}
