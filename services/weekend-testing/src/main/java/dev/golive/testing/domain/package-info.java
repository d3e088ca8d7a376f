/**
 * The domain of weekend testing, in plain Java: the scenarios power users test over the go-live
 * weekend (from an editable default catalogue), the testers and their availability, the on-call
 * roster of technical staff, the planning of scenarios onto testers, the results and the coverage
 * and sign-off they add up to.
 * No framework types and no library: time comes in as {@link java.time.Instant} arguments, never
 * from a clock here.
 */
package dev.golive.testing.domain;
