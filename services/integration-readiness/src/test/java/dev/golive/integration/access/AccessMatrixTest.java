package dev.golive.integration.access;

import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.integration.support.Api;
import dev.golive.integration.support.Db;
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
 * Every operation of the OpenAPI document, called by every kind of caller, answers as the README's
 * {@code ## Access} table says: the table is the contract, this test keeps the service to it.
 */
@QuarkusTest
class AccessMatrixTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void every_operation_answers_every_caller_as_the_readme_access_table_says() {
        String member = Api.knownCutover();
        // A cutover no demo user takes part in: an allowed role is refused there all the same.
        String nonMember = KnownCutovers.announceWith(Api.bootstrap(), List.of(new CutoverMember("nobody", "ops-lead")),
                id -> Db.projection(id).isPresent() && !Db.members(id).isEmpty());

        AccessMatrix matrix = AccessMatrix.of(base, "integration-readiness", Path.of("README.md")).run(member, nonMember);

        System.out.println("access matrix integration-readiness: " + matrix.operationCount() + " operations, "
                + matrix.size() + " calls");
        assertThat(matrix.differences()).as("calls answered otherwise than README.md ## Access says:%n%s",
                String.join("\n", matrix.differences())).isEmpty();
        assertThat(matrix.operationCount()).isGreaterThanOrEqualTo(14);
    }
}
