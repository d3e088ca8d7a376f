package dev.golive.staging.rehearsal;

import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.staging.domain.DomainRejection;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

import static dev.golive.staging.domain.DomainRejection.BACKUP_AFTER_REQUEST;
import static dev.golive.staging.domain.DomainRejection.COMMIT_REF_REQUIRED;
import static dev.golive.staging.domain.DomainRejection.COMMIT_REF_TOO_LONG;
import static dev.golive.staging.domain.DomainRejection.CUTOVER_ID_REQUIRED;
import static dev.golive.staging.domain.DomainRejection.ERROR_CATEGORY_ON_SUCCESS;
import static dev.golive.staging.domain.DomainRejection.ERROR_CATEGORY_REQUIRED;
import static dev.golive.staging.domain.DomainRejection.INVALID_UPGRADE_PATH;
import static dev.golive.staging.domain.DomainRejection.UNKNOWN_HOP;

/**
 * A command the domain refused: a value that is not acceptable is a 422 naming its field; a
 * command that does not fit the rehearsal's current state (a forbidden stage change, a hop out
 * of order, no attempt running…) is a 409 whose {@code reasons} carry the domain's code.
 */
public class DomainRejectionMapper {

    @ServerExceptionMapper
    public Response rejected(DomainRejection e, UriInfo uri) {
        ProblemException problem = switch (e.code()) {
            case COMMIT_REF_REQUIRED, COMMIT_REF_TOO_LONG -> ProblemException.invalid("commitRef", e.getMessage());
            case ERROR_CATEGORY_REQUIRED, ERROR_CATEGORY_ON_SUCCESS -> ProblemException.invalid("errorCategory", e.getMessage());
            case INVALID_UPGRADE_PATH -> ProblemException.invalid("targetVersion", e.getMessage());
            case BACKUP_AFTER_REQUEST -> ProblemException.invalid("productionBackupAt", e.getMessage());
            case CUTOVER_ID_REQUIRED -> ProblemException.invalid("cutoverId", e.getMessage());
            case UNKNOWN_HOP -> ProblemException.invalid("fromVersion", e.getMessage());
            default -> ProblemException.conflict(e.code(), e.getMessage(), List.of(e.code()));
        };
        Problem body = problem.toProblem(uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""));
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
