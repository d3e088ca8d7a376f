/**
 * The domain of the rollback decision, in plain Java: incidents of the go-live weekend, the
 * rollback window (when the system was observed back, the point of no return, business resume), the
 * runbook's projection of the upgrade, the rollback policies and the assessment they produce, the rules of a decision, and the triggers
 * planned around the point of no return.
 * No framework types: time comes in as {@link java.time.Instant} arguments, never from a clock here.
 */
package dev.golive.rollback.domain;
