package dev.golive.console.page;

import io.quarkus.qute.TemplateData;

import dev.golive.console.backend.ServiceProblem;
import jakarta.ws.rs.ProcessingException;

import java.util.function.Supplier;

/**
 * One part of a page read from one service: the data, or why it is missing — the service did not
 * answer ({@link #unavailable()}, shown as a banner) or it answered with a problem (a 404 or 409
 * that often just means "not yet", shown in place).
 */
@TemplateData
public record Section<T>(String service, T data, boolean unavailable, ServiceProblem problem) {

    public static <T> Section<T> of(String service, Supplier<T> call) {
        try {
            return new Section<>(service, call.get(), false, null);
        } catch (ServiceProblem problem) {
            return new Section<>(service, null, false, problem);
        } catch (ProcessingException | IllegalStateException notAnswering) {
            return new Section<>(service, null, true, null);
        }
    }

    public boolean ok() {
        return !unavailable && problem == null;
    }

    /** What to show in place of the data. */
    public String message() {
        if (unavailable) {
            return service + " is not answering; this part will fill in once it is back.";
        }
        if (problem == null) {
            return "";
        }
        if (problem.status() == 404) {
            return "Nothing from " + service + " yet.";
        }
        if (problem.status() == 403) {
            // Contact details, incident internals and the like are for the cutover's technical staff (ADR 17).
            return "Not shown to your role in this cutover.";
        }
        return problem.summary();
    }
}
