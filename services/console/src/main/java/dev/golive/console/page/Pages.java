package dev.golive.console.page;

import dev.golive.console.backend.ServiceProblem;
import dev.golive.console.formtoken.FormTokens;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small helpers the page resources share. */
final class Pages {

    private Pages() {
    }

    /** Post/Redirect/Get: after a change, the browser fetches the page again with GET. */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /**
     * Sends a form on to a service: on success the browser is sent to {@code success} (Post/Redirect/Get);
     * when the service refuses it, the page is drawn again by {@code page} with the service's reasons by
     * the fields (403 stays 403, every other refusal is 422); when the service does not answer, 503
     * with a message that nothing was changed. A cutover the service has not heard of yet (planned a
     * moment ago) is not an error of the person's: 409, the form as typed, and "try again in a moment";
     * a caller the service does not count among the cutover's members is told so (403), with the same
     * advice in case the members are still on their way.
     */
    static Response submit(String formName, Map<String, String> values, String service, Runnable call,
                           Function<Form, TemplateInstance> page, String success) {
        return submit(formName, values, service, call, page, () -> seeOther(success));
    }

    /** As {@link #submit(String, Map, String, Runnable, Function, String)}, answering {@code success} when the service took it. */
    static Response submit(String formName, Map<String, String> values, String service, Runnable call,
                           Function<Form, TemplateInstance> page, Supplier<Response> success) {
        try {
            call.run();
        } catch (ServiceProblem problem) {
            if (problem.unknownCutover()) {
                return Response.status(409).entity(page.apply(Form.notSetUpYet(formName, values, service))).build();
            }
            if (problem.notAMember()) {
                return Response.status(403).entity(page.apply(Form.notAMember(formName, values, service))).build();
            }
            return Response.status(problem.status() == 403 ? 403 : 422)
                    .entity(page.apply(Form.refused(formName, values, problem))).build();
        } catch (ProcessingException down) {
            return Response.status(503).entity(page.apply(Form.unavailable(formName, values, service))).build();
        }
        return success.get();
    }

    /** The first value of every field of a posted form, as typed (not the form token: FormTokenCheck has checked it). */
    static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        values.remove(FormTokens.FIELD);
        return values;
    }

    /** A form field as text for a service, or null when left empty (the service then applies its default or names it). */
    static String text(Map<String, String> values, String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A checkbox: present means true. */
    static boolean checked(Map<String, String> values, String field) {
        return values.containsKey(field);
    }

    /** The services of these sections that did not answer, for the page's banner. */
    static Set<String> unavailable(Collection<?> sections) {
        Set<String> names = new TreeSet<>();
        for (Object section : sections) {
            if (section instanceof Section<?> s && s.unavailable()) {
                names.add(s.service());
            }
        }
        return names;
    }

    /** The viewer's zone when known, else the business's: the chart's axis is drawn on one clock. */
    static ZoneId chartZone(String viewerZone, String businessZone) {
        for (String candidate : new String[]{viewerZone, businessZone}) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    return ZoneId.of(candidate);
                } catch (DateTimeException unknown) {
                    // try the next
                }
            }
        }
        return null;
    }
}
