/**
 * The domain of staging refresh, in plain Java: rehearsals (staging upgrade tests) and their
 * stages, hops and custom-module attempts; upgrade-summary items; freshness, readiness and when a
 * refresh is due; the forecast of the production upgrade's duration; webhook signatures.
 * No framework types: time comes in as {@link java.time.Instant} arguments, never from a clock here.
 */
package dev.golive.staging.domain;
