package dev.golive.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.golive.problems.field.FieldViolation;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} names each offending field with what is
 * wrong with it; {@code reasons} carries machine-readable causes of a conflict.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<FieldViolation> errors, List<String> reasons) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
