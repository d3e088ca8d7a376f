package dev.golive.console.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a service's error answer (problem details, or anything else) into a {@link ServiceProblem}. */
public class ProblemReader implements ResponseExceptionMapper<ServiceProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceProblem toThrowable(Response response) {
        int status = response.getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "HTTP " + status;
        String type = null;
        String detail = null;
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (!body.isBlank() && body.trim().startsWith("{")) {
                JsonNode problem = JSON.readTree(body);
                type = problem.hasNonNull("type") ? problem.get("type").asText() : null;
                title = problem.path("title").asText(title);
                detail = problem.hasNonNull("detail") ? problem.get("detail").asText() : null;
                for (JsonNode error : problem.path("errors")) {
                    fields.merge(error.path("field").asText(""), error.path("message").asText(""),
                            (a, b) -> a + "; " + b);
                }
                for (JsonNode reason : problem.path("reasons")) {
                    reasons.add(reason.asText());
                }
            }
        } catch (Exception unreadable) {
            // the status alone still says what happened
        }
        return new ServiceProblem(status, type, title, detail, fields, reasons);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
