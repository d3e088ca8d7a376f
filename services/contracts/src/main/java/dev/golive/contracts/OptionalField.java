package dev.golive.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an event that a producer may leave out: null, or absent from the JSON. Every other
 * field of an event record is required, primitives included (their key must be in the JSON, or
 * Jackson would read an absent {@code int} as 0), and {@link EventCodec} refuses an event that
 * misses one: consumers dead-letter it, because applying it can never succeed.
 *
 * <p>Required is the default on purpose, so that every field is thought about. Mark a field
 * optional when some producer legitimately sends it without a value. A field added to a record
 * already published is optional too (the events already on the topics do not have it), unless the
 * record gets a new version instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalField {
}
