package dev.golive.console.page;

import io.quarkus.qute.TemplateData;

import dev.golive.console.backend.ServiceProblem;

import java.util.HashMap;
import java.util.Map;

/**
 * A form sent back after a service refused it: which form, what the user typed, and the service's
 * messages per field, so each shows next to its field and nothing typed is lost.
 */
@TemplateData
public record Form(String name, Map<String, String> values, Map<String, String> errors, String message) {

    public static final Form NONE = new Form("", Map.of(), Map.of(), "");

    public static Form refused(String name, Map<String, String> values, ServiceProblem problem) {
        Map<String, String> errors = new HashMap<>();
        problem.fieldErrors().forEach((field, text) -> errors.put(field.isBlank() ? "_" : field, text));
        String message = problem.fieldErrors().isEmpty() || problem.status() == 403 ? problem.summary()
                : "Please correct the fields marked below.";
        if (problem.status() == 403) {
            message = "Not allowed: " + problem.summary();
        }
        return new Form(name, values, errors, message);
    }

    public static Form unavailable(String name, Map<String, String> values, String service) {
        return new Form(name, values, Map.of(), service + " is not answering; nothing was changed. Try again shortly.");
    }

    /**
     * A write for a cutover planned a moment ago that {@code service} has not heard of yet (its
     * announcement is still on its way): nothing was changed, and sending the form again shortly works.
     */
    public static Form notSetUpYet(String name, Map<String, String> values, String service) {
        return new Form(name, values, Map.of(), "This cutover is still being set up in " + service
                + "; nothing was changed. Try again in a moment.");
    }

    /**
     * {@code service} does not count the person among the cutover's members in a role that may do
     * this: they are not, or the cutover (or a change of its members) is still on its way there.
     */
    public static Form notAMember(String name, Map<String, String> values, String service) {
        return new Form(name, values, Map.of(), service + " does not count you among this cutover's members in a"
                + " role that may do this; nothing was changed. If the cutover was planned or its members changed a"
                + " moment ago, try again in a moment; otherwise ask its ops lead to add you.");
    }

    /**
     * This form when it is {@code formName} sent for {@code item} (one of several forms of the same
     * kind on a page, told apart by their {@code item} value), else {@link #NONE}: each item's form
     * shows only its own values and errors.
     */
    public Form forItem(String formName, String item) {
        return is(formName) && item != null && item.equals(values.get(ITEM)) ? this : NONE;
    }

    /**
     * This form when it was sent for {@code item}, whichever of that item's forms it was (a runbook
     * task has several: start, complete, fail, skip, its checklist), else {@link #NONE}.
     */
    public Form about(String item) {
        return item != null && item.equals(values.get(ITEM)) ? this : NONE;
    }

    /** The field a page adds to a form's values to say which of several same-named forms was sent. */
    public static final String ITEM = "item";

    public boolean is(String formName) {
        return name.equals(formName);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** A field that was sent (a ticked checkbox). */
    public boolean hasValue(String field) {
        return values.containsKey(field);
    }

    /** The messages of every field under {@code prefix} ({@code changes} for {@code changes[0].description}), joined. */
    public String errorsUnder(String prefix) {
        return errors.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }
}
