/**
 * The domain of the notification hub, in plain Java: what an event of the catalogue means to a
 * person ({@link dev.golive.notification.domain.Notices}), who hears it on which channel
 * ({@link dev.golive.notification.domain.Routing}), times written for the reader
 * ({@link dev.golive.notification.domain.ReaderTime}), the idempotency key of a delivery, retries,
 * webhook signatures, reminders, the update cadence of a go-live, and paging with escalation
 * ({@link dev.golive.notification.domain.Page}).
 * No framework types: time comes in as {@link java.time.Instant} arguments, never from a clock here.
 * Event records of {@code dev.golive.contracts} are read as input by {@code Notices} (one reader
 * per event family: {@code CutoverNotices}, {@code StagingNotices}, {@code IntegrationNotices},
 * {@code IncidentNotices}, {@code RollbackNotices}, {@code TestingNotices}), {@code PageTriggers}
 * and {@code RosterShift} only.
 */
package dev.golive.notification.domain;
