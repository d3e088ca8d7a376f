package dev.golive.testing.access;

import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.testing.support.Api;
import dev.golive.testing.support.Db;
import dev.golive.testkit.AccessMatrix;
import dev.golive.testkit.KnownCutovers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

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
        String nonMember = KnownCutovers.announceWith(Api.bootstrap(), List.of(new CutoverMember("nobody", "ops-lead")),
                id -> Db.projection(id).isPresent());

        AccessMatrix matrix = AccessMatrix.of(base, "weekend-testing", Path.of("README.md")).run(member, nonMember);

        System.out.println("access matrix weekend-testing: " + matrix.operationCount() + " operations, "
                + matrix.size() + " calls");
        assertThat(matrix.operationCount()).isPositive();
        assertThat(matrix.differences()).as("calls that differ from the README's access table:%n%s",
                String.join("\n", matrix.differences())).isEmpty();
    }
}
