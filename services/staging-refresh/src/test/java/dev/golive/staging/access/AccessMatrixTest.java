package dev.golive.staging.access;

import dev.golive.staging.support.Api;
import dev.golive.staging.support.Db;
import dev.golive.testkit.AccessMatrix;
import dev.golive.testkit.KnownCutovers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;

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
        String nonMember = KnownCutovers.announceWithoutTheTeam(Api.bootstrap(), id -> Db.projection(id).isPresent() && !Db.members(id).isEmpty());

        AccessMatrix matrix = AccessMatrix.check(base, "staging-refresh", member, nonMember);
        assertThat(matrix.operationCount()).isEqualTo(23);
    }
}
