package dev.golive.console.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service refused and why, read from its {@code application/problem+json} answer: the
 * messages per field (shown next to the form fields of the same name) and the conflict reasons.
 */
public class ServiceProblem extends RuntimeException {

    /**
     * The problem type a service answers (404) to a write for a cutover it has not heard of from
     * cutover-planner: right after planning, until the announcement reaches it through Kafka.
     */
    public static final String UNKNOWN_CUTOVER = "https://golive.dev/problems/unknown-cutover";

    /**
     * The problem type a service answers (403) to a caller who takes no part in the cutover in a role
     * that may do this (ADR 17): also what the caller gets while the cutover's members are still on
     * their way to the service, right after planning or a change of members.
     */
    public static final String NOT_A_MEMBER = "https://golive.dev/problems/not-a-member";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;
    private final List<String> reasons;

    /** @param type the problem's type URI, null when the answer was not a problem document */
    public ServiceProblem(int status, String type, String title, String detail, Map<String, String> fieldErrors,
                          List<String> reasons) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
        this.reasons = List.copyOf(reasons);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The service refused the write, writing nothing, because it has not heard of the cutover yet. */
    public boolean unknownCutover() {
        return status == 404 && UNKNOWN_CUTOVER.equals(type);
    }

    /** The service refused the request because the caller takes no part in the cutover (as far as it knows). */
    public boolean notAMember() {
        return status == 403 && NOT_A_MEMBER.equals(type);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Field name (as the service names it, e.g. {@code severity} or {@code items[2].kind}) to message. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<String> reasons() {
        return reasons;
    }

    /** One sentence for a banner: the detail, or the title with the conflict reasons. */
    public String summary() {
        String text = detail != null && !detail.isBlank() ? detail : title;
        if (!reasons.isEmpty()) {
            text += " (" + String.join("; ", reasons) + ")";
        }
        return text;
    }
}
