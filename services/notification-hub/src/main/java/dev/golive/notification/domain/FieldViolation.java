package dev.golive.notification.domain;

import java.util.Objects;

/** A rule broken by one input field, named as in the JSON body (e.g. {@code webhooks[0].url}). */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
