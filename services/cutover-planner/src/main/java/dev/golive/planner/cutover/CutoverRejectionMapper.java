package dev.golive.planner.cutover;

import dev.golive.planner.domain.CutoverRejection;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * A plan or an edit the cutover refused: fields that break its rules are a 422 naming every one;
 * a change its status does not allow is a 409 whose problem type is the refusal's code.
 */
public class CutoverRejectionMapper {

    @ServerExceptionMapper
    public Response rejected(CutoverRejection e, UriInfo uri) {
        ProblemException problem = e.violations().isEmpty()
                ? ProblemException.conflict(e.code(), e.getMessage(), List.of())
                : ProblemException.invalid(e.violations());
        Problem body = problem.toProblem("/" + uri.getPath().replaceFirst("^/", ""));
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
